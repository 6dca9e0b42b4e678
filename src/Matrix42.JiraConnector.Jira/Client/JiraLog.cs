using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Log messages of the Jira client (event ids 1000-1999). They carry methods, paths without query
/// strings, statuses and durations — never credentials, e-mail addresses or display names.
/// </summary>
internal static partial class JiraLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "The Jira API token expires in {DaysLeft:0.#} days; create a new one before it stops working")]
    public static partial void TokenExpiringSoon(ILogger logger, double daysLeft);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error,
        Message = "The Jira API token expired {DaysAgo:0.#} days ago; Jira will answer 401 until it is replaced")]
    public static partial void TokenExpired(ILogger logger, double daysAgo);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning,
        Message = "Retrying {Method} {Path} after {Outcome} (attempt {Attempt}) in {DelayMs:0} ms")]
    public static partial void Retrying(
        ILogger logger, string method, string path, string outcome, int attempt, double delayMs);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information,
        Message = "Waited {DelayMs:0} ms for the connector's rate limit before {Method} {Path}")]
    public static partial void RateLimitWait(ILogger logger, string method, string path, double delayMs);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning,
        Message = "Jira rate-limited {Method} {Path} (reason {Reason})")]
    public static partial void RateLimited(ILogger logger, string method, string path, string reason);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Debug,
        Message = "Followed a {Status} redirect (same host: {SameHost})")]
    public static partial void RedirectFollowed(ILogger logger, int status, bool sameHost);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Information,
        Message = "Resolved the Jira cloud id for gateway access")]
    public static partial void CloudIdResolved(ILogger logger);

    [LoggerMessage(EventId = 1040, Level = LogLevel.Debug,
        Message = "Jira answered {Status} to {Method} {Path}")]
    public static partial void RequestFailed(ILogger logger, int status, string method, string path);

    [LoggerMessage(EventId = 1050, Level = LogLevel.Error,
        Message = "Paging anomaly on {Path}: {Problem}")]
    public static partial void PagingAnomaly(ILogger logger, string path, string problem);

    [LoggerMessage(EventId = 1060, Level = LogLevel.Warning,
        Message = "Bulk fetch returned {Count} issue errors")]
    public static partial void BulkFetchErrors(ILogger logger, int count);
}
