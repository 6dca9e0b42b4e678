using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Http;
using Matrix42.JiraConnector.Testing.Jira;

namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>
/// The fake Jira Cloud and fake ESM of the demo, seeded and listening on free 127.0.0.1 ports, with the
/// configuration document that points at them. Nothing leaves the machine.
/// </summary>
internal sealed class DemoEnvironment : IAsyncDisposable
{
    private DemoEnvironment(
        FakeJiraCloud jira, FakeEsm esm, LoopbackServer jiraServer, LoopbackServer esmServer,
        DemoJiraFacts jiraFacts, DemoEsmFacts esmFacts)
    {
        Jira = jira;
        Esm = esm;
        JiraServer = jiraServer;
        EsmServer = esmServer;
        JiraFacts = jiraFacts;
        EsmFacts = esmFacts;
        Document = DemoConfiguration.Build(jiraServer.BaseAddress, esmServer.BaseAddress, jiraFacts.Fields);
    }

    public FakeJiraCloud Jira { get; }

    public FakeEsm Esm { get; }

    public LoopbackServer JiraServer { get; }

    public LoopbackServer EsmServer { get; }

    public DemoJiraFacts JiraFacts { get; }

    public DemoEsmFacts EsmFacts { get; }

    public ConnectorConfigurationDocument Document { get; }

    public static DemoEnvironment Start(TimeProvider timeProvider, int userCount = 300)
    {
        var jira = new FakeJiraCloud(timeProvider);
        var jiraFacts = DemoJiraSite.Seed(jira, userCount);
        var esm = new FakeEsm(timeProvider: timeProvider);
        var esmFacts = DemoEsmTenant.Seed(esm);

        var jiraServer = jira.StartLoopback();
        try
        {
            var esmServer = esm.StartLoopback();
            return new DemoEnvironment(jira, esm, jiraServer, esmServer, jiraFacts, esmFacts);
        }
        catch
        {
            jiraServer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await JiraServer.DisposeAsync();
        await EsmServer.DisposeAsync();
    }
}
