using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Jira.Tests.Infrastructure;

/// <summary>Builds clients over a stub handler, through the same factory users call.</summary>
internal static class TestClients
{
    public const string Site = "https://acme.atlassian.net";
    public const string Email = "integration@acme.example";
    public const string Token = "ATATT3xSECRET-token-value";

    public static JiraClientOptions Options(Action<JiraClientOptions>? configure = null)
    {
        var options = new JiraClientOptions
        {
            SiteUrl = new Uri(Site),
            Email = Email,
            ApiToken = Token,
        };
        configure?.Invoke(options);
        return options;
    }

    public static JiraClient Create(StubHandler handler, Action<JiraClientOptions>? configure = null,
        TimeProvider? time = null, ILoggerFactory? loggerFactory = null, JiraRateLimiter? limiter = null) =>
        JiraClientFactory.Create(Options(configure), time, loggerFactory, handler, limiter);

    /// <summary>Runs a call while moving the fake clock forward, so retry delays elapse instantly.</summary>
    public static async Task<T> WithTimeAsync<T>(FakeTimeProvider time, Func<Task<T>> call)
    {
        var task = call();
        while (!task.IsCompleted)
        {
            time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(1);
        }

        return await task;
    }

    public static Task WithTimeAsync(FakeTimeProvider time, Func<Task> call) =>
        WithTimeAsync(time, async () =>
        {
            await call();
            return true;
        });

    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
