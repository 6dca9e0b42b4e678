namespace Matrix42.JiraConnector.Jira;

/// <summary>The category of a status: <c>new</c>, <c>indeterminate</c> or <c>done</c>.</summary>
public sealed record JiraStatusCategory
{
    /// <summary>The numeric id.</summary>
    public long? Id { get; init; }

    /// <summary>The key: <c>new</c>, <c>indeterminate</c>, <c>done</c> (some payloads use others).</summary>
    public string? Key { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }
}
