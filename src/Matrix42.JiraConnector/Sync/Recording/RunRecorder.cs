using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Recording;

/// <summary>
/// Keeps one run's record up to date: phase statuses and times, counts, a bounded error list and snapshot
/// references; saves it to the state store and reports progress. Safe for concurrent use by the run's streams.
/// </summary>
internal sealed class RunRecorder
{
    /// <summary>How many errors one run keeps; the count of failures keeps growing past it.</summary>
    public const int MaxErrors = 200;

    private readonly Lock _gate = new();
    private readonly IConnectorStateStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly IProgress<SyncProgress>? _progress;
    private readonly List<RunError> _errors = [];
    private readonly List<SnapshotReference> _snapshots = [];
    private RunRecord _record;

    public RunRecorder(RunRecord initial, IConnectorStateStore store, TimeProvider timeProvider,
        IProgress<SyncProgress>? progress)
    {
        _record = initial;
        _store = store;
        _timeProvider = timeProvider;
        _progress = progress;
    }

    public RunTally Tally { get; } = new();

    public string TaskId => _record.TaskId;

    public string ExecutionId => _record.ExecutionId;

    /// <summary>The record as it stands.</summary>
    public RunRecord Current
    {
        get
        {
            lock (_gate)
            {
                return _record with { Counts = Tally.Snapshot(), Errors = [.. _errors], Snapshots = [.. _snapshots] };
            }
        }
    }

    public void StartExtract() => Update(r => r with
    {
        Extract = r.Extract with { Status = RunPhaseStatus.Running, StartedAt = _timeProvider.GetUtcNow() },
    });

    public void EndExtract(RunPhaseStatus status, string? info) => Update(r => r with
    {
        Extract = r.Extract with { Status = status, CompletedAt = _timeProvider.GetUtcNow(), Info = info },
    });

    public void StartLoad() => Update(r => r with
    {
        Load = r.Load with { Status = RunPhaseStatus.Running, StartedAt = _timeProvider.GetUtcNow() },
    });

    public void EndLoad(RunPhaseStatus status, string? info) => Update(r => r with
    {
        Load = r.Load with { Status = status, CompletedAt = _timeProvider.GetUtcNow(), Info = info },
    });

    public void AddError(EntityKey? key, string phase, string message)
    {
        lock (_gate)
        {
            if (_errors.Count < MaxErrors)
            {
                _errors.Add(new RunError(key, phase, message));
            }
        }
    }

    public void AddSnapshot(SnapshotReference snapshot)
    {
        lock (_gate)
        {
            _snapshots.Add(snapshot);
        }
    }

    public void Report(SyncPhase phase) =>
        _progress?.Report(new SyncProgress(TaskId, ExecutionId, phase, Tally.Snapshot()));

    /// <summary>Saves the record as it stands.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The saved record.</returns>
    public async Task<RunRecord> SaveAsync(CancellationToken cancellationToken)
    {
        var record = Current;
        await _store.SaveRunAsync(record, cancellationToken).ConfigureAwait(false);
        return record;
    }

    private void Update(Func<RunRecord, RunRecord> change)
    {
        lock (_gate)
        {
            _record = change(_record);
        }
    }
}
