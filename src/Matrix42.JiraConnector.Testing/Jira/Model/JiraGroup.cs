namespace Matrix42.JiraConnector.Testing.Jira.Model;

/// <summary>A group of the fake site, keyed by its stable id.</summary>
internal sealed class JiraGroup
{
    public required string GroupId { get; init; }

    public required string Name { get; set; }

    /// <summary>When a group created through the API shows up in the group lists; null once it does.</summary>
    public DateTimeOffset? ListedAt { get; set; }

    /// <summary>Member account ids; ordered on read, so a set keeps memory low.</summary>
    public HashSet<string> Members { get; } = new(StringComparer.Ordinal);
}
