namespace Matrix42.JiraConnector.State;

/// <summary>
/// The identity of one synchronised object within a task: its kind and the Jira match key
/// (<c>accountId</c>, <c>groupId</c> or issue id — never the issue key, which changes when an issue moves).
/// </summary>
public readonly record struct EntityKey
{
    /// <summary>Creates a key.</summary>
    /// <param name="kind">The kind of object.</param>
    /// <param name="id">The Jira match key; must not be empty.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or white space.</exception>
    public EntityKey(EntityKind kind, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Kind = kind;
        Id = id;
    }

    /// <summary>The kind of object.</summary>
    public EntityKind Kind { get; init; }

    /// <summary>The Jira match key.</summary>
    public string Id { get; init; }

    /// <summary>A key for a user by <c>accountId</c>.</summary>
    /// <param name="accountId">The user's account id.</param>
    /// <returns>The key.</returns>
    public static EntityKey ForUser(string accountId) => new(EntityKind.User, accountId);

    /// <summary>A key for a group by <c>groupId</c>.</summary>
    /// <param name="groupId">The group's id.</param>
    /// <returns>The key.</returns>
    public static EntityKey ForGroup(string groupId) => new(EntityKind.Group, groupId);

    /// <summary>A key for an issue by its numeric id.</summary>
    /// <param name="issueId">The issue id (not the issue key).</param>
    /// <returns>The key.</returns>
    public static EntityKey ForIssue(string issueId) => new(EntityKind.Issue, issueId);

    /// <summary>The key as <c>kind:id</c>, for logs and snapshots.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Kind}:{Id}";
}
