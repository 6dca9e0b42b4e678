namespace Matrix42.JiraConnector.Jira;

/// <summary>Jira's error document: general messages and messages per field id.</summary>
public sealed record JiraErrorBody
{
    /// <summary>General messages; default empty.</summary>
    public IReadOnlyList<string> ErrorMessages { get; init; } = [];

    /// <summary>Messages by field id; default empty.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>The HTTP status Jira put in the body, if any.</summary>
    public int? Status { get; init; }
}
