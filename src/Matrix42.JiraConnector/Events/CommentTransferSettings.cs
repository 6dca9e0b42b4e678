using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Events;

/// <summary>Which worklog attributes of a card become Jira comments, and how internal ones are restricted.</summary>
public sealed record CommentTransferSettings
{
    /// <summary>The worklog attribute whose entries become public comments; required.</summary>
    public required string WorklogAttribute { get; init; }

    /// <summary>A worklog attribute whose entries become internal comments; default none.</summary>
    public string? InternalWorklogAttribute { get; init; }

    /// <summary>
    /// A role or group restriction for internal comments. Without it internal comments are marked as internal
    /// service-desk comments (the <c>sd.public.comment</c> property).
    /// </summary>
    /// <value>No default.</value>
    public JiraVisibility? InternalVisibility { get; init; }
}
