namespace Matrix42.JiraConnector.Testing.Jira.Model;

/// <summary>
/// A workflow transition. <see cref="FromStatusIds"/> empty means a global transition, available from every
/// status except its target.
/// </summary>
internal sealed class JiraTransition
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public required string ToStatusId { get; set; }

    public HashSet<string> FromStatusIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Field ids shown on the transition screen, with whether each is required.</summary>
    public Dictionary<string, bool> ScreenFields { get; } = new(StringComparer.Ordinal);

    public bool AppliesFrom(string statusId) =>
        ToStatusId != statusId && (FromStatusIds.Count == 0 || FromStatusIds.Contains(statusId));
}
