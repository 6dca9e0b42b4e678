using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;

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
    /// Completes the Jira client options of a connector after they were taken from its settings, for what the
    /// document cannot hold, such as <see cref="JiraClientOptions.BearerTokenProvider"/> of a connector that signs
    /// in with OAuth. Without it such a connector's check fails closed as "could not be set up".
    /// </summary>
    public Action<ConnectorDefinition, JiraClientOptions>? ConfigureJira { get; set; }

    /// <summary>Completes the ESM client options of a connector after they were taken from its settings.</summary>
    public Action<ConnectorDefinition, EsmClientOptions>? ConfigureEsm { get; set; }

    /// <summary>
    /// Retries of a failed call during the check. Default 1: an import waits for its answer, so a service that
    /// does not answer is reported soon instead of being retried for minutes as a sync run would.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 1;

    /// <summary>How long one call may take during the check. Default 30 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
