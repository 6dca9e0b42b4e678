using System.Net.Http.Headers;
using System.Text;
using Matrix42.JiraConnector.Testing.Diagnostics;
using Matrix42.JiraConnector.Testing.Faults;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>
/// An in-memory Jira Cloud site that answers the platform REST API v3 with the real response shapes, paging
/// models, error bodies, authentication and permission behaviour. Serve it in process with
/// <see cref="CreateHandler"/> or on a loopback port with <see cref="StartLoopback"/>; seed it with the
/// <c>Add…</c> methods, from Jira-shaped JSON documents with <see cref="Seed(string, string?)"/>, or with
/// <c>JiraDataGenerator</c>.
/// </summary>
/// <remarks>
/// Every member is thread-safe: requests and test code may use the site concurrently. A new site holds the
/// usual configuration (issue types Task, Bug, Story and Sub-task; statuses To Do, In Progress and Done with
/// a "Done" transition that requires a resolution; resolutions; priorities; system fields) and no accounts,
/// projects or issues.
/// </remarks>
public sealed partial class FakeJiraCloud : IFakeService
{
    private readonly JiraSite _site;

    /// <summary>The state, for the data generator, which fills it directly for speed.</summary>
    internal JiraSite Site => _site;
    private readonly JiraRouter _router = new();

    /// <summary>Creates an empty site.</summary>
    /// <param name="timeProvider">The clock for timestamps, relative JQL dates and rate-limit windows;
    /// default the system clock.</param>
    public FakeJiraCloud(TimeProvider? timeProvider = null)
    {
        TimeProvider = timeProvider ?? TimeProvider.System;
        _site = new JiraSite(TimeProvider);
    }

    /// <summary>The clock of the site.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// The site address used in <c>self</c> links when a request carries no <c>Host</c> header, and the base
    /// address of <see cref="CreateClient"/>. Default <c>https://fake-site.atlassian.net/</c>.
    /// </summary>
    public Uri SiteUrl { get; init; } = new("https://fake-site.atlassian.net/");

    /// <summary>The fault plan applied by <see cref="CreateHandler"/> and <see cref="StartLoopback"/>; empty
    /// by default.</summary>
    public FaultPlan Faults { get; } = new();

    /// <summary>The request log kept by <see cref="CreateHandler"/> and <see cref="StartLoopback"/>.</summary>
    public RequestLog Log { get; } = new();

    /// <summary>
    /// The IANA time zone of accounts that have none of their own and of anonymous callers; default <c>UTC</c>.
    /// </summary>
    public string TimeZone
    {
        get => Locked(() => _site.DefaultTimeZone);
        set => Locked(() => _site.DefaultTimeZone = ValidZone(value));
    }

    /// <summary>
    /// Eventual consistency of search: how long a created or changed issue stays missing from
    /// <c>/search/jql</c> and the approximate count, unless its id is passed in <c>reconcileIssues</c>.
    /// <see cref="TimeSpan.Zero"/> (the default) turns it off.
    /// </summary>
    public TimeSpan SearchIndexDelay
    {
        get => Locked(() => _site.SearchIndexDelay);
        set => Locked(() => _site.SearchIndexDelay = value);
    }

    /// <summary>
    /// Eventual consistency of the directory: how long an account created with <c>POST /user</c> or a group created
    /// with <c>POST /group</c> stays missing from the user lists and searches and from the group lists and picker.
    /// Reads by id and the creating calls themselves see it at once. <see cref="TimeSpan.Zero"/> (the default)
    /// turns it off.
    /// </summary>
    public TimeSpan DirectoryIndexDelay
    {
        get => Locked(() => _site.DirectoryIndexDelay);
        set => Locked(() => _site.DirectoryIndexDelay = value);
    }

    /// <summary>The largest search page when fields are requested; default 100.</summary>
    public int SearchPageCap
    {
        get => Locked(() => _site.SearchPageCap);
        set => Locked(() => _site.SearchPageCap = Positive(value));
    }

    /// <summary>The largest search page when only <c>id</c> or <c>key</c> is requested; default 5000.</summary>
    public int SearchPageCapIdsOnly
    {
        get => Locked(() => _site.SearchPageCapIdsOnly);
        set => Locked(() => _site.SearchPageCapIdsOnly = Positive(value));
    }

    /// <summary>
    /// The largest page of the bare-array user lists (<c>/users/search</c>, <c>/user/search</c>), however many
    /// the caller asks for; default 1000. Lower it to prove a client pages on until an empty page.
    /// </summary>
    public int UserPageCap
    {
        get => Locked(() => _site.UserPageCap);
        set => Locked(() => _site.UserPageCap = Positive(value));
    }

    /// <inheritdoc />
    public ValueTask<FakeResponse> HandleAsync(FakeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_router.Handle(request, _site, SiteUrl));
    }

    /// <summary>A handler serving this site in process, with <see cref="Faults"/> and <see cref="Log"/>.</summary>
    public FakeServiceHandler CreateHandler() => new(this, Faults, Log, TimeProvider);

    /// <summary>
    /// An <see cref="HttpClient"/> on <see cref="SiteUrl"/> served in process, sending Basic credentials on every
    /// request when an e-mail and token are given (anonymous otherwise).
    /// </summary>
    /// <param name="email">The account e-mail, or <see langword="null"/> for anonymous.</param>
    /// <param name="apiToken">The API token of the account.</param>
    public HttpClient CreateClient(string? email = null, string? apiToken = null)
    {
        var client = new HttpClient(CreateHandler(), disposeHandler: true) { BaseAddress = SiteUrl };
        if (email is not null)
        {
            var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{apiToken}"));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", pair);
        }

        return client;
    }

    /// <summary>Serves this site on <c>127.0.0.1</c>, with <see cref="Faults"/> and <see cref="Log"/>.</summary>
    /// <param name="port">A fixed port, or 0 (the default) for a free one.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public LoopbackServer StartLoopback(int port = 0) => LoopbackServer.Start(this, Faults, Log, TimeProvider, port);

    /// <summary>
    /// Turns on Jira's burst rate limit for one endpoint: past <paramref name="limit"/> calls within
    /// <paramref name="window"/> it answers 429 with <c>Retry-After</c> and <c>RateLimit-Reason: jira-burst-based</c>.
    /// </summary>
    /// <param name="route">The route as the request log names it, e.g. <c>POST /rest/api/3/search/jql</c>.</param>
    /// <param name="limit">Calls allowed per window.</param>
    /// <param name="window">The window length.</param>
    public void SetBurstLimit(string route, int limit, TimeSpan window)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        Locked(() => _router.Limiter.Set(route, limit, window));
    }

    /// <summary>Removes every burst limit.</summary>
    public void ClearBurstLimits() => Locked(_router.Limiter.Clear);

    private static string ValidZone(string zone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)
            ? zone
            : throw new ArgumentException($"Unknown IANA time zone '{zone}'.", nameof(zone));

    private static int Positive(int value) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The cap must be positive.");

    private T Locked<T>(Func<T> action)
    {
        lock (_site.Sync)
        {
            try
            {
                return action();
            }
            catch (JiraError e)
            {
                throw new InvalidOperationException(e.Describe(), e);
            }
        }
    }

    private void Locked(Action action) => Locked(() =>
    {
        action();
        return true;
    });
}
