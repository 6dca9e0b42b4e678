namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// A request to give a person access to the Jira site (<c>POST /rest/api/3/user</c>). Jira Cloud takes
/// only the e-mail address and the products; it ignores display names. The caller needs Administer
/// Jira and organisation admin rights.
/// </summary>
public sealed record JiraUserCreate
{
    private readonly IReadOnlyList<string> _products = [];

    /// <summary>The person's e-mail address; required.</summary>
    public required string EmailAddress { get; init; }

    /// <summary>
    /// Product keys such as <c>jira-software</c>, <c>jira-servicedesk</c>, <c>jira-core</c>,
    /// <c>jira-product-discovery</c>; required by Jira, empty means no product access. Default empty.
    /// </summary>
    public IReadOnlyList<string> Products
    {
        get => _products;
        init => _products = value ?? [];
    }
}
