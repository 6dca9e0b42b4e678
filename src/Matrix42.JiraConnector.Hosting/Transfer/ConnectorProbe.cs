using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Hosting.Secrets;
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

    public ConnectorProbe(ConnectorDefinition connector, OnlineImportCheckOptions options,
        IConnectorSecretResolver secrets, TimeProvider time, ILoggerFactory loggers)
    {
        Connector = connector;
        JiraGuard = new ServiceGuard("Jira", connector.Jira?.SiteUrl);
        EsmGuard = new ServiceGuard("ESM", connector.Esm?.BaseUrl);

        _jiraClient = SetUp(JiraGuard, connector.Jira?.ApiToken, secrets, () =>
        {
            var jiraOptions = new JiraClientOptions();
            ConnectorClientSettings.ApplyJira(connector, jiraOptions, secrets);
            jiraOptions.MaxRetryAttempts = options.MaxRetryAttempts;
            jiraOptions.AttemptTimeout = options.AttemptTimeout;
            options.ConfigureJira?.Invoke(connector, jiraOptions);
            return jiraOptions;
        }, jiraOptions =>
        {
            var handler = options.JiraHandlerFactory?.Invoke(connector);
            try
            {
                return JiraClientFactory.Create(jiraOptions, time, loggers, handler);
            }
            catch
            {
                handler?.Dispose();
                throw;
            }
        });

        _esmClient = SetUp(EsmGuard, connector.Esm?.WebApiPassword, secrets, () =>
        {
            var esmOptions = new EsmClientOptions();
            ConnectorClientSettings.ApplyEsm(connector, esmOptions, secrets);
            esmOptions.MaxRetryAttempts = options.MaxRetryAttempts;
            esmOptions.AttemptTimeout = options.AttemptTimeout;
            options.ConfigureEsm?.Invoke(connector, esmOptions);
            return esmOptions;
        }, esmOptions =>
        {
            var handler = options.EsmHandlerFactory?.Invoke(connector);
            try
            {
                return EsmClientFactory.Create(esmOptions, handler, time, loggers);
            }
            catch
            {
                handler?.Dispose();
                throw;
            }
        });

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

    // A client that cannot be built blocks its guard: the check then reports it instead of crashing the import.
    private static TClient? SetUp<TOptions, TClient>(ServiceGuard guard, SecretValue? secret,
        IConnectorSecretResolver secrets, Func<TOptions> configure, Func<TOptions, TClient> create)
        where TClient : class
    {
        if (MissingSecret.Describe(secret, secrets, reference => Resolve(secrets, reference)) is { } missing)
        {
            guard.BlockNotSetUp(new InvalidOperationException(missing), withMessage: true);
            return null;
        }

        try
        {
            return create(configure());
        }
        catch (Exception ex) when (ex is OptionsValidationException or EsmConfigurationException)
        {
            // Their messages list broken rules, never values.
            guard.BlockNotSetUp(ex, withMessage: true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            guard.BlockNotSetUp(ex, withMessage: false);
        }

        return null;
    }

    private static string? Resolve(IConnectorSecretResolver secrets, string reference)
    {
        try
        {
            return secrets.Resolve(reference);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
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
