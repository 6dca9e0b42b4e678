using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>
/// The Jira and ESM clients of one connector, built from its configuration through the packages' public
/// factories. Secrets are revealed here, at the last moment, and only handed to the clients' options.
/// </summary>
internal sealed class ConnectorClients : IDisposable
{
    private readonly JiraClient _jira;
    private readonly EsmClient _esm;

    private ConnectorClients(JiraClient jira, EsmClient esm)
    {
        _jira = jira;
        _esm = esm;
    }

    public IJiraClient Jira => _jira;

    public IEsmClient Esm => _esm;

    public static ConnectorClients Create(
        ConnectorDefinition connector,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider,
        Func<string, string?>? environment = null)
    {
        var jira = JiraClientFactory.Create(
            new JiraClientOptions
            {
                SiteUrl = new Uri(connector.Jira.SiteUrl!),
                Email = connector.Jira.Email,
                ApiToken = connector.Jira.ApiToken?.Reveal(environment),
                AllowInsecureLoopback = connector.Jira.AllowInsecureLoopback,
            },
            timeProvider,
            loggerFactory);
        try
        {
            var esm = EsmClientFactory.Create(
                new EsmClientOptions
                {
                    BaseAddress = new Uri(connector.Esm.BaseUrl!),
                    Login = connector.Esm.WebApiUser,
                    Password = connector.Esm.WebApiPassword?.Reveal(environment),
                    AllowInsecureLoopback = connector.Esm.AllowInsecureLoopback,
                },
                timeProvider: timeProvider,
                loggerFactory: loggerFactory);
            return new ConnectorClients(jira, esm);
        }
        catch
        {
            jira.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _jira.Dispose();
        _esm.Dispose();
    }
}
