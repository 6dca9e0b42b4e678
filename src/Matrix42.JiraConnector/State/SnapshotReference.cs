namespace Matrix42.JiraConnector.State;

/// <summary>One extract snapshot file written by a run (JSON lines).</summary>
/// <param name="ExecutionId">The run that wrote it.</param>
/// <param name="Kind">Which stream it holds.</param>
/// <param name="Path">The file's full path.</param>
/// <param name="ItemCount">How many lines (entities) it holds.</param>
/// <param name="CreatedAt">When it was written.</param>
public sealed record SnapshotReference(
    string ExecutionId,
    SnapshotKind Kind,
    string Path,
    long ItemCount,
    DateTimeOffset CreatedAt);
