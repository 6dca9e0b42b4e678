using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// The Jira Cloud client. Obtain it from dependency injection (<c>AddJiraCloudClient</c>) or from
/// <see cref="JiraClientFactory.Create"/>; both assemble the same HTTP pipeline.
/// </summary>
public sealed class JiraClient : IJiraClient, IDisposable
{
    private readonly JiraClientOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly IDisposable? _ownedHttpClient;

    internal JiraClient(Func<HttpClient> httpClient, JiraClientOptions options, TimeProvider timeProvider,
        ILogger logger, IDisposable? ownedHttpClient)
    {
        _options = options;
        _timeProvider = timeProvider;
        _ownedHttpClient = ownedHttpClient;
        var http = new JiraHttp(httpClient, options, timeProvider, logger);
        Connection = new JiraConnectionOperations(http);
        Search = new JiraSearchOperations(http);
        Issues = new JiraIssueOperations(http);
        Comments = new JiraCommentOperations(http);
        Users = new JiraUserOperations(http);
        Groups = new JiraGroupOperations(http);
        Metadata = new JiraMetadataOperations(http);
        WarnAboutTokenExpiry(logger);
    }

    /// <inheritdoc />
    public IJiraConnectionOperations Connection { get; }

    /// <inheritdoc />
    public IJiraSearchOperations Search { get; }

    /// <inheritdoc />
    public IJiraIssueOperations Issues { get; }

    /// <inheritdoc />
    public IJiraCommentOperations Comments { get; }

    /// <inheritdoc />
    public IJiraUserOperations Users { get; }

    /// <inheritdoc />
    public IJiraGroupOperations Groups { get; }

    /// <inheritdoc />
    public IJiraMetadataOperations Metadata { get; }

    /// <inheritdoc />
    public JiraTokenExpiry TokenExpiry
    {
        get
        {
            if (_options.ApiTokenExpiresAt is not { } expiresAt)
            {
                return new JiraTokenExpiry(null, false, false, null);
            }

            var remaining = expiresAt - _timeProvider.GetUtcNow();
            return new JiraTokenExpiry(expiresAt, IsExpiringSoon: remaining <= _options.ApiTokenExpiryWarning,
                IsExpired: remaining <= TimeSpan.Zero, remaining);
        }
    }

    /// <summary>Releases the HTTP client when this instance created it (factory use); otherwise does nothing.</summary>
    public void Dispose() => _ownedHttpClient?.Dispose();

    /// <inheritdoc />
    public override string ToString() => "JiraClient { " + _options + " }";

    private void WarnAboutTokenExpiry(ILogger logger)
    {
        var expiry = TokenExpiry;
        if (expiry.IsExpired)
        {
            JiraLog.TokenExpired(logger, -expiry.Remaining!.Value.TotalDays);
        }
        else if (expiry.IsExpiringSoon)
        {
            JiraLog.TokenExpiringSoon(logger, expiry.Remaining!.Value.TotalDays);
        }
    }
}
