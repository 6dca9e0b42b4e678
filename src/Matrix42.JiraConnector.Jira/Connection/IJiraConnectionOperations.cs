namespace Matrix42.JiraConnector.Jira;

/// <summary>Who the client is connected as, and whether the connection works.</summary>
public interface IJiraConnectionOperations
{
    /// <summary>Reads the authenticated account (<c>GET /rest/api/3/myself</c>), including its time zone.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account.</returns>
    Task<JiraUser> GetMyselfAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the site's server information.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The information.</returns>
    Task<JiraServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Tests the connection without retries and without throwing for the expected failures: tells apart bad
    /// credentials (401), a CAPTCHA lock (403), a wrong site and an unreachable host.
    /// </summary>
    /// <param name="cancellationToken">Cancels the test.</param>
    /// <returns>The outcome.</returns>
    Task<JiraConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken = default);
}
