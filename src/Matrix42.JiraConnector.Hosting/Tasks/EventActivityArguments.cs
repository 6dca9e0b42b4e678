using Matrix42.JiraConnector.Events;

namespace Matrix42.JiraConnector.Hosting.Tasks;

/// <summary>The extra inputs some event activities take.</summary>
public sealed record EventActivityArguments
{
    /// <summary>Which worklogs become comments; required by <see cref="EventActivityKind.PushComments"/>.</summary>
    /// <value>No default.</value>
    public CommentTransferSettings? Comments { get; init; }

    /// <summary>
    /// For <see cref="EventActivityKind.DeleteGroup"/>: a group that takes over the comment and worklog restrictions
    /// of the deleted group.
    /// </summary>
    /// <value>No default: nothing takes them over.</value>
    public string? SwapGroupId { get; init; }
}
