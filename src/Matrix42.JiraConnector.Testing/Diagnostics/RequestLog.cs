using System.Collections.Concurrent;

namespace Matrix42.JiraConnector.Testing.Diagnostics;

/// <summary>
/// What a fake service was asked: the most recent requests in full, and a count of every request per
/// route that never forgets. Thread-safe.
/// </summary>
public sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly Queue<RecordedRequest> _recent = new();
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>Creates a log.</summary>
    /// <param name="capacity">How many recent requests are kept in full. Default 10,000.</param>
    /// <param name="bodyLimit">How many characters of each request body are kept. Default 4,096.</param>
    public RequestLog(int capacity = 10_000, int bodyLimit = 4_096)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(bodyLimit);
        Capacity = capacity;
        BodyLimit = bodyLimit;
    }

    /// <summary>How many recent requests are kept in full.</summary>
    public int Capacity { get; }

    /// <summary>How many characters of each request body are kept.</summary>
    public int BodyLimit { get; }

    /// <summary>How many requests arrived since the log was created or cleared.</summary>
    public long TotalCount => Interlocked.Read(ref _sequence);

    /// <summary>The most recent requests in order of arrival (at most <see cref="Capacity"/>).</summary>
    public IReadOnlyList<RecordedRequest> Entries
    {
        get
        {
            lock (_gate)
            {
                return _recent.ToArray();
            }
        }
    }

    /// <summary>The number of requests per route, e.g. <c>POST /rest/api/3/search/jql</c>.</summary>
    public IReadOnlyDictionary<string, long> CountsByRoute() =>
        new SortedDictionary<string, long>(_counts, StringComparer.Ordinal);

    /// <summary>The number of requests that matched a route.</summary>
    public long CountOf(string route) => _counts.TryGetValue(route, out var count) ? count : 0;

    /// <summary>The number of requests with a method whose path starts with a prefix.</summary>
    public long CountWhere(Func<RecordedRequest, bool> predicate)
    {
        lock (_gate)
        {
            return _recent.LongCount(predicate);
        }
    }

    /// <summary>Forgets every request and count.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _recent.Clear();
            _counts.Clear();
            Interlocked.Exchange(ref _sequence, 0);
        }
    }

    internal long NextSequence() => Interlocked.Increment(ref _sequence);

    internal void Record(RecordedRequest request)
    {
        _counts.AddOrUpdate(request.Route, 1, static (_, count) => count + 1);
        if (Capacity == 0)
        {
            return;
        }

        lock (_gate)
        {
            _recent.Enqueue(request);
            while (_recent.Count > Capacity)
            {
                _recent.Dequeue();
            }
        }
    }
}
