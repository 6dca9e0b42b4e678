using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Reliability.Tests.Crash;

/// <content>Deletions, history, comment pairings and event task state.</content>
internal sealed partial class CrashingStateStore
{
    public Task<IReadOnlyDictionary<EntityKey, RemovedKeyEntry>> GetRemovedKeysAsync(
        string taskId, CancellationToken cancellationToken = default) =>
        Call(nameof(GetRemovedKeysAsync), () => inner.GetRemovedKeysAsync(taskId, cancellationToken));

    public Task CommitRemovedKeysAsync(
        TaskLease lease, IReadOnlyCollection<RemovedKeyEntry> marked, IReadOnlyCollection<EntityKey> restored,
        CancellationToken cancellationToken = default) =>
        Call(nameof(CommitRemovedKeysAsync), () => inner.CommitRemovedKeysAsync(lease, marked, restored,
            cancellationToken));

    public Task SaveHeldDeletionAsync(HeldDeletion held, CancellationToken cancellationToken = default) =>
        Call(nameof(SaveHeldDeletionAsync), () => inner.SaveHeldDeletionAsync(held, cancellationToken));

    public Task<HeldDeletion?> GetHeldDeletionAsync(
        string taskId, string executionId, CancellationToken cancellationToken = default) =>
        Call(nameof(GetHeldDeletionAsync), () => inner.GetHeldDeletionAsync(taskId, executionId, cancellationToken));

    public Task<HeldDeletion?> GetLatestHeldDeletionAsync(
        string taskId, CancellationToken cancellationToken = default) =>
        Call(nameof(GetLatestHeldDeletionAsync), () => inner.GetLatestHeldDeletionAsync(taskId, cancellationToken));

    public Task<bool> TryUpdateHeldDeletionStatusAsync(
        string taskId, string executionId, HeldDeletionStatus expectedStatus, HeldDeletionStatus newStatus,
        CancellationToken cancellationToken = default) =>
        Call(nameof(TryUpdateHeldDeletionStatusAsync), () => inner.TryUpdateHeldDeletionStatusAsync(
            taskId, executionId, expectedStatus, newStatus, cancellationToken));

    public Task SaveRunAsync(RunRecord run, CancellationToken cancellationToken = default) =>
        Call(nameof(SaveRunAsync), () => inner.SaveRunAsync(run, cancellationToken));

    public Task<RunRecord?> GetRunAsync(
        string taskId, string executionId, CancellationToken cancellationToken = default) =>
        Call(nameof(GetRunAsync), () => inner.GetRunAsync(taskId, executionId, cancellationToken));

    public Task<IReadOnlyList<RunRecord>> GetRunsAsync(
        string taskId, int skip, int take, CancellationToken cancellationToken = default) =>
        Call(nameof(GetRunsAsync), () => inner.GetRunsAsync(taskId, skip, take, cancellationToken));

    public Task AddSnapshotAsync(
        string taskId, SnapshotReference snapshot, CancellationToken cancellationToken = default) =>
        Call(nameof(AddSnapshotAsync), () => inner.AddSnapshotAsync(taskId, snapshot, cancellationToken));

    public Task<IReadOnlyList<SnapshotReference>> GetSnapshotsAsync(
        string taskId, CancellationToken cancellationToken = default) =>
        Call(nameof(GetSnapshotsAsync), () => inner.GetSnapshotsAsync(taskId, cancellationToken));

    public Task<bool> RemoveSnapshotAsync(string taskId, string path, CancellationToken cancellationToken = default) =>
        Call(nameof(RemoveSnapshotAsync), () => inner.RemoveSnapshotAsync(taskId, path, cancellationToken));

    public Task<bool> TryAddCommentPairingAsync(
        string connectorId, CommentPairing pairing, CancellationToken cancellationToken = default) =>
        Call(nameof(TryAddCommentPairingAsync), () => inner.TryAddCommentPairingAsync(connectorId, pairing,
            cancellationToken));

    public Task<CommentPairing?> FindCommentPairingByJiraCommentAsync(
        string connectorId, string jiraCommentId, CancellationToken cancellationToken = default) =>
        Call(nameof(FindCommentPairingByJiraCommentAsync), () => inner.FindCommentPairingByJiraCommentAsync(
            connectorId, jiraCommentId, cancellationToken));

    public Task<CommentPairing?> FindCommentPairingByWorklogEntryAsync(
        string connectorId,
        string dataCardId,
        string worklogEntryId,
        CancellationToken cancellationToken = default) =>
        Call(nameof(FindCommentPairingByWorklogEntryAsync), () => inner.FindCommentPairingByWorklogEntryAsync(
            connectorId, dataCardId, worklogEntryId, cancellationToken));

    public Task<IReadOnlyList<CommentPairing>> GetCommentPairingsForIssueAsync(
        string connectorId, string jiraIssueId, CancellationToken cancellationToken = default) =>
        Call(nameof(GetCommentPairingsForIssueAsync), () => inner.GetCommentPairingsForIssueAsync(
            connectorId, jiraIssueId, cancellationToken));

    public Task<IReadOnlyList<CommentPairing>> GetCommentPairingsForCardAsync(
        string connectorId, string dataCardId, CancellationToken cancellationToken = default) =>
        Call(nameof(GetCommentPairingsForCardAsync), () => inner.GetCommentPairingsForCardAsync(
            connectorId, dataCardId, cancellationToken));

    public Task<IReadOnlyDictionary<string, string>> GetTriggerHashesAsync(
        string eventTaskId,
        IReadOnlyCollection<string> dataCardIds,
        CancellationToken cancellationToken = default) =>
        Call(nameof(GetTriggerHashesAsync), () => inner.GetTriggerHashesAsync(eventTaskId, dataCardIds,
            cancellationToken));

    public Task SetTriggerHashesAsync(
        string eventTaskId,
        IReadOnlyDictionary<string, string> hashes,
        CancellationToken cancellationToken = default) =>
        Call(nameof(SetTriggerHashesAsync), () => inner.SetTriggerHashesAsync(eventTaskId, hashes,
            cancellationToken));

    public Task<IReadOnlyDictionary<string, string?>?> GetSentValuesAsync(
        string eventTaskId, string dataCardId, CancellationToken cancellationToken = default) =>
        Call(nameof(GetSentValuesAsync), () => inner.GetSentValuesAsync(eventTaskId, dataCardId, cancellationToken));

    public Task SetSentValuesAsync(
        string eventTaskId, string dataCardId, IReadOnlyDictionary<string, string?> values,
        CancellationToken cancellationToken = default) =>
        Call(nameof(SetSentValuesAsync), () => inner.SetSentValuesAsync(eventTaskId, dataCardId, values,
            cancellationToken));
}
