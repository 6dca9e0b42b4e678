using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Recording;

/// <summary>Thread-safe counters of one run, read out as <see cref="RunCounts"/>.</summary>
internal sealed class RunTally
{
    private int _read;
    private int _created;
    private int _updated;
    private int _unchanged;
    private int _failed;
    private int _conflicts;
    private int _markedInactive;
    private int _markedRemoved;
    private int _restored;

    public void AddRead(int count = 1) => Interlocked.Add(ref _read, count);

    public void AddCreated(int count = 1) => Interlocked.Add(ref _created, count);

    public void AddUpdated(int count = 1) => Interlocked.Add(ref _updated, count);

    public void AddUnchanged(int count = 1) => Interlocked.Add(ref _unchanged, count);

    public void AddFailed(int count = 1) => Interlocked.Add(ref _failed, count);

    public void AddConflicts(int count = 1) => Interlocked.Add(ref _conflicts, count);

    public void AddMarkedInactive(int count = 1) => Interlocked.Add(ref _markedInactive, count);

    public void AddMarkedRemoved(int count = 1) => Interlocked.Add(ref _markedRemoved, count);

    public void AddRestored(int count = 1) => Interlocked.Add(ref _restored, count);

    public RunCounts Snapshot() => new()
    {
        Read = Volatile.Read(ref _read),
        Created = Volatile.Read(ref _created),
        Updated = Volatile.Read(ref _updated),
        Unchanged = Volatile.Read(ref _unchanged),
        Failed = Volatile.Read(ref _failed),
        Conflicts = Volatile.Read(ref _conflicts),
        MarkedInactive = Volatile.Read(ref _markedInactive),
        MarkedRemoved = Volatile.Read(ref _markedRemoved),
        Restored = Volatile.Read(ref _restored),
    };
}
