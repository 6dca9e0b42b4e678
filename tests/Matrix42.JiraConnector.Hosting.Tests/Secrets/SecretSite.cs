using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Tests.DependencyInjection;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Jira;
using Microsoft.Extensions.DependencyInjection;

namespace Matrix42.JiraConnector.Hosting.Tests.Secrets;

/// <summary>
/// A fake Jira site and ESM tenant that accept one API token and one WebAPI password, and a connector whose two
/// secrets are references with names no other test (and no environment) uses.
/// </summary>
internal sealed class SecretSite
{
    private const string EsmHttpClientPrefix = "Matrix42.JiraConnector.Esm:";

    public SecretSite(string connectorId)
    {
        var unique = Guid.NewGuid().ToString("N");
        ConnectorId = connectorId;
        JiraReference = "JC_TEST_JIRA_TOKEN_" + unique;
        EsmReference = "JC_TEST_ESM_PASSWORD_" + unique;
        JiraToken = "jira-token-" + unique;
        EsmPassword = "esm-password-" + unique;
        Jira = new FakeJiraCloud();
        AccountId = Jira.AddAccount("bot@example.com", JiraToken);
        Esm = new FakeEsm(new FakeEsmOptions { DefaultLogin = "webapi", DefaultPassword = EsmPassword });
        Connector = TestConnectors.Create(
            connectorId, Jira.SiteUrl, "bot@example.com", "unused", new Uri("https://esm.fake"), "webapi", "unused");
        Connector.Jira.ApiToken = SecretValue.FromEnvironmentVariable(JiraReference);
        Connector.Esm.WebApiPassword = SecretValue.FromEnvironmentVariable(EsmReference);
    }

    public string ConnectorId { get; }

    public string JiraReference { get; }

    public string EsmReference { get; }

    public string JiraToken { get; }

    public string EsmPassword { get; }

    public string AccountId { get; }

    public FakeJiraCloud Jira { get; }

    public FakeEsm Esm { get; }

    public ConnectorDefinition Connector { get; }

    /// <summary>Serves the connector's named clients from the fakes instead of the network.</summary>
    public void Serve(IServiceCollection services)
    {
        services.AddHttpClient(Matrix42.JiraConnector.Jira.JiraServiceCollectionExtensions.HttpClientNamePrefix
                               + ConnectorId)
            .ConfigurePrimaryHttpMessageHandler(() => Jira.CreateHandler());
        services.AddHttpClient(EsmHttpClientPrefix + ConnectorId)
            .ConfigurePrimaryHttpMessageHandler(() => Esm.CreateHandler());
    }
}
