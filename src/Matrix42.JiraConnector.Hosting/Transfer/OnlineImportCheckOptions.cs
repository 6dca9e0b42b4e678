using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Hosting.Transfer;

/// <summary>Settings of the <see cref="OnlineImportCheck"/>.</summary>
public sealed class OnlineImportCheckOptions
{
    /// <summary>
    /// Gives the primary HTTP handler of the Jira client built for a connector during the check; the client
    /// disposes it. <see langword="null"/> (the default), or a factory answering <see langword="null"/>, uses the
    /// network. Tests and hosts with special network needs put their handler here.
    /// </summary>
    public Func<ConnectorDefinition, HttpMessageHandler?>? JiraHandlerFactory { get; set; }

    /// <summary>
    /// Gives the primary HTTP handler of the ESM client built for a connector during the check; the client
    /// disposes it. <see langword="null"/> (the default), or a factory answering <see langword="null"/>, uses the
    /// network.
    /// </summary>
    public Func<ConnectorDefinition, HttpMessageHandler?>? EsmHandlerFactory { get; set; }

    /// <summary>
    /// Retries of a failed call during the check. Default 1: an import waits for its answer, so a service that
    /// does not answer is reported soon instead of being retried for minutes as a sync run would.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 1;

    /// <summary>How long one call may take during the check. Default 30 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
