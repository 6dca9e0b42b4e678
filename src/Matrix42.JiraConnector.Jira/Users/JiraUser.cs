using System.Text.Json.Serialization;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// A Jira user as the REST API returns it. Cloud identifies users only by <see cref="AccountId"/>;
/// <see cref="EmailAddress"/> is often hidden by the user's privacy settings and then stays null.
/// </summary>
public sealed record JiraUser
{
    /// <summary>The account id (up to 128 characters, may contain colons); null only on Jira Server data.</summary>
    public string? AccountId { get; init; }

    /// <summary><c>atlassian</c>, <c>app</c>, <c>customer</c> or <c>unknown</c>; null when Jira sent none.</summary>
    public string? AccountType { get; init; }

    /// <summary>Whether the account is active; default <see langword="false"/> when Jira sent nothing.</summary>
    public bool Active { get; init; }

    /// <summary>The display name (may be a substitute chosen by privacy settings).</summary>
    public string? DisplayName { get; init; }

    /// <summary>The e-mail address; null when hidden, never guessed.</summary>
    public string? EmailAddress { get; init; }

    /// <summary>The IANA time zone id, such as <c>Europe/Berlin</c>; null when hidden.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The locale, such as <c>en_US</c>; null when hidden.</summary>
    public string? Locale { get; init; }

    /// <summary>The user's REST URL.</summary>
    public string? Self { get; init; }

    /// <summary>The legacy user name (Jira Server and old payloads only; empty or absent on Cloud).</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The identity to key this user by: the account id, or on Jira Server data the user name.
    /// Null only when neither is present.
    /// </summary>
    [JsonIgnore]
    public string? Id => !string.IsNullOrEmpty(AccountId) ? AccountId : string.IsNullOrEmpty(Name) ? null : Name;

    /// <summary>
    /// <see langword="true"/> for a person's account (<c>accountType</c> = <c>atlassian</c>). App accounts,
    /// portal customers and users without a type are not assumed to be people.
    /// </summary>
    [JsonIgnore]
    public bool IsPerson => string.Equals(AccountType, "atlassian", StringComparison.Ordinal);
}
