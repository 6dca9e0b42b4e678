using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Jira;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting.Transfer;

/// <summary>
/// The Jira and ESM clients of one connector for the length of an import check, built from the connector's own
/// settings (an imported connector may be new or have changed addresses), each behind a <see cref="ServiceGuard"/>.
/// </summary>
internal sealed class ConnectorProbe : IDisposable
{
    private readonly JiraClient? _jiraClient;
    private readonly EsmClient? _esmClient;

    public ConnectorProbe(
        ConnectorDefinition connector, OnlineImportCheckOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        Connector = connector;
        JiraGuard = new ServiceGuard("Jira", connector.Jira?.SiteUrl);
        EsmGuard = new ServiceGuard("ESM", connector.Esm?.BaseUrl);

        var jiraOptions = new JiraClientOptions();
        ConnectorClientSettings.ApplyJira(connector, jiraOptions);
        jiraOptions.MaxRetryAttempts = options.MaxRetryAttempts;
        jiraOptions.AttemptTimeout = options.AttemptTimeout;
        options.ConfigureJira?.Invoke(connector, jiraOptions);
        var jiraHandler = options.JiraHandlerFactory?.Invoke(connector);
        try
        {
            _jiraClient = JiraClientFactory.Create(jiraOptions, time, loggers, jiraHandler);
        }
        catch (OptionsValidationException ex)
        {
            jiraHandler?.Dispose();
            JiraGuard.BlockNotSetUp(ex);
        }

        var esmOptions = new EsmClientOptions();
        ConnectorClientSettings.ApplyEsm(connector, esmOptions);
        esmOptions.MaxRetryAttempts = options.MaxRetryAttempts;
        esmOptions.AttemptTimeout = options.AttemptTimeout;
        options.ConfigureEsm?.Invoke(connector, esmOptions);
        var esmHandler = options.EsmHandlerFactory?.Invoke(connector);
        try
        {
            _esmClient = EsmClientFactory.Create(esmOptions, esmHandler, time, loggers);
        }
        catch (EsmConfigurationException ex)
        {
            esmHandler?.Dispose();
            EsmGuard.BlockNotSetUp(ex);
        }

        Jira = new GuardedJiraSource(JiraGuard, _jiraClient is null ? null : new JiraClientMetadataSource(_jiraClient));
        Esm = new GuardedEsmSource(EsmGuard, _esmClient is null ? null : new EsmClientTemplateSource(_esmClient));
    }

    public ConnectorDefinition Connector { get; }

    public ServiceGuard JiraGuard { get; }

    public ServiceGuard EsmGuard { get; }

    public IJiraMetadataSource Jira { get; }

    public IEsmTemplateSource Esm { get; }

    public void Dispose()
    {
        _jiraClient?.Dispose();
        _esmClient?.Dispose();
    }

    // A source whose client could not be built is only reached through a blocked guard, which throws first.
    private sealed class GuardedJiraSource(ServiceGuard guard, IJiraMetadataSource? inner) : IJiraMetadataSource
    {
        public Task<IReadOnlyList<JiraField>> ListFieldsAsync(CancellationToken cancellationToken = default) =>
            guard.CallAsync(() => inner!.ListFieldsAsync(cancellationToken), cancellationToken);

        public Task<JqlCheckResult> CheckJqlAsync(string jql, CancellationToken cancellationToken = default) =>
            guard.CallAsync(() => inner!.CheckJqlAsync(jql, cancellationToken), cancellationToken);
    }

    private sealed class GuardedEsmSource(ServiceGuard guard, IEsmTemplateSource? inner) : IEsmTemplateSource
    {
        public Task<EsmTemplate?> GetTemplateAsync(
            string templateCode, CancellationToken cancellationToken = default) =>
            guard.CallAsync(() => inner!.GetTemplateAsync(templateCode, cancellationToken), cancellationToken);
    }
}
