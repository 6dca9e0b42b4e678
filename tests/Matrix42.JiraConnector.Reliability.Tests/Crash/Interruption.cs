namespace Matrix42.JiraConnector.Reliability.Tests.Crash;

/// <summary>
/// Where a run is interrupted: at the <see cref="At"/>-th counted call (HTTP requests to either service, and for
/// a crash also state store calls), either before the call reaches its target or after it took effect there but
/// before the caller learned the outcome.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _cancel = new();
    private readonly List<string> _calls = [];
    private long _httpCalls;
    private long _storeCalls;

    public Interruption(InterruptionKind kind, long at, bool afterCall)
    {
        Kind = kind;
        At = at;
        AfterCall = afterCall;
    }

    public InterruptionKind Kind { get; }

    /// <summary>The 1-based number of the counted call that is interrupted.</summary>
    public long At { get; }

    /// <summary>Whether the call still takes effect before the interruption.</summary>
    public bool AfterCall { get; }

    public CancellationToken Token => _cancel.Token;

    public bool Fired { get; private set; }

    /// <summary>The call that was interrupted, for failure messages.</summary>
    public string? Where { get; private set; }

    public long HttpCalls
    {
        get
        {
            lock (_gate)
            {
                return _httpCalls;
            }
        }
    }

    public long StoreCalls
    {
        get
        {
            lock (_gate)
            {
                return _storeCalls;
            }
        }
    }

    /// <summary>Every call seen, in order (HTTP and store calls alike).</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>A point that never fires and only counts.</summary>
    public static Interruption Counter() => new(InterruptionKind.None, long.MaxValue, false);

    /// <summary>Called before each call.</summary>
    /// <param name="what">The call, for messages.</param>
    /// <param name="isStore">Whether it is a state store call (those count for crashes only).</param>
    /// <returns>Whether <see cref="FireAfter"/> must run once the call took effect.</returns>
    public bool Enter(string what, bool isStore)
    {
        lock (_gate)
        {
            if (Fired && Kind == InterruptionKind.Crash)
            {
                throw new SimulatedCrashException();
            }

            _calls.Add(what);
            if (isStore)
            {
                _storeCalls++;
            }
            else
            {
                _httpCalls++;
            }

            var counted = Kind == InterruptionKind.Crash ? _httpCalls + _storeCalls : _httpCalls;
            if (Fired || Kind == InterruptionKind.None || (isStore && Kind != InterruptionKind.Crash) ||
                counted != At)
            {
                return false;
            }

            Fired = true;
            Where = (AfterCall ? "after " : "before ") + what;
            if (AfterCall)
            {
                return true;
            }
        }

        Act();
        return false;
    }

    /// <summary>Interrupts after the call took effect.</summary>
    public void FireAfter() => Act();

    public void Dispose() => _cancel.Dispose();

    private void Act()
    {
        if (Kind == InterruptionKind.Crash)
        {
            throw new SimulatedCrashException();
        }

        _cancel.Cancel();
    }
}
