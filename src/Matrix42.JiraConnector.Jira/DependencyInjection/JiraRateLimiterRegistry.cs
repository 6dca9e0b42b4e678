using System.Collections.Concurrent;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Keeps one <see cref="JiraRateLimiter"/> per connector name for the life of the container.</summary>
internal sealed class JiraRateLimiterRegistry
{
    private readonly ConcurrentDictionary<string, JiraRateLimiter> _limiters = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    public JiraRateLimiterRegistry(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
    }

    public JiraRateLimiter Get(string name) => _limiters.GetOrAdd(name, _ => new JiraRateLimiter(_timeProvider));
}
