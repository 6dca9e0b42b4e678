namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>
/// Jira's per-endpoint burst limit as a fixed window per route: past the limit a call answers 429 with
/// <c>Retry-After</c> (whole seconds until the window ends) and <c>RateLimit-Reason: jira-burst-based</c>.
/// </summary>
internal sealed class BurstLimiter
{
    private readonly Dictionary<string, (int Limit, TimeSpan Window)> _limits = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = new(
        StringComparer.OrdinalIgnoreCase);

    public void Set(string route, int limit, TimeSpan window) => _limits[route] = (limit, window);

    public void Clear()
    {
        _limits.Clear();
        _windows.Clear();
    }

    /// <summary>Counts a call; returns the wait when the call is over the limit, else <see langword="null"/>.</summary>
    public TimeSpan? Take(string route, DateTimeOffset now)
    {
        if (!_limits.TryGetValue(route, out var limit))
        {
            return null;
        }

        var (start, count) = _windows.GetValueOrDefault(route, (now, 0));
        if (now - start >= limit.Window)
        {
            (start, count) = (now, 0);
        }

        if (count >= limit.Limit)
        {
            _windows[route] = (start, count);
            return start + limit.Window - now;
        }

        _windows[route] = (start, count + 1);
        return null;
    }
}
