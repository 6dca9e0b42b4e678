using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Events;

/// <summary>Log messages of the event path (ids 5000-5999).</summary>
internal static partial class EventsLog
{
    [LoggerMessage(5000, LogLevel.Information,
        "Activity {Activity} of task {TaskId} on card {DataCardId} ended {Status}")]
    public static partial void ActivityEnded(
        ILogger logger, string activity, string taskId, string dataCardId, ActivityStatus status);

    [LoggerMessage(5001, LogLevel.Warning, "Activity {Activity} of task {TaskId}: card {DataCardId} not found")]
    public static partial void CardMissing(ILogger logger, string activity, string taskId, string? dataCardId);

    [LoggerMessage(5002, LogLevel.Warning,
        "Task {TaskId}: writing exception attribute {Attribute} of card {DataCardId} failed")]
    public static partial void ExceptionAttributeFailed(
        ILogger logger, string taskId, string dataCardId, string attribute, Exception exception);

    [LoggerMessage(5010, LogLevel.Warning,
        "Task {TaskId}: the create answer for card {DataCardId} was lost; looking the issue up by its marker")]
    public static partial void CreateAnswerLost(ILogger logger, string taskId, string dataCardId);

    [LoggerMessage(5011, LogLevel.Information,
        "Task {TaskId}: lookup {Attempt} for card {DataCardId} found {Count} issue(s)")]
    public static partial void LookupAttempt(ILogger logger, string taskId, string dataCardId, int attempt, int count);

    [LoggerMessage(5012, LogLevel.Warning,
        "Task {TaskId}: the {Kind} create answer for card {DataCardId} was lost; looking it up in the directory")]
    public static partial void DirectoryCreateAnswerLost(ILogger logger, string taskId, string dataCardId, string kind);

    [LoggerMessage(5013, LogLevel.Information,
        "Task {TaskId}: card {DataCardId} takes group {GroupId}, made by an earlier create whose answer was lost")]
    public static partial void GroupAdopted(ILogger logger, string taskId, string dataCardId, string groupId);

    [LoggerMessage(5020, LogLevel.Information, "Task {TaskId}: card {DataCardId} sent {Count} changed field(s)")]
    public static partial void FieldsSent(ILogger logger, string taskId, string dataCardId, int count);

    [LoggerMessage(5030, LogLevel.Information,
        "Task {TaskId}: comment {CommentId} added to issue {IssueId} for card {DataCardId}")]
    public static partial void CommentAdded(
        ILogger logger, string taskId, string issueId, string commentId, string dataCardId);

    [LoggerMessage(5040, LogLevel.Information,
        "Task {TaskId}: membership change of group {GroupId} ended {Status}")]
    public static partial void MembershipChanged(ILogger logger, string taskId, string groupId, ActivityStatus status);

    [LoggerMessage(5050, LogLevel.Information,
        "Trigger poll of task {TaskId}: {Matched} card(s) matched, {Triggered} triggered")]
    public static partial void TriggerPolled(ILogger logger, string taskId, int matched, int triggered);
}
