using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Configuration.Sealing;
using Matrix42.JiraConnector.Hosting.Tests.DependencyInjection;
using Matrix42.JiraConnector.Hosting.Transfer;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Faults;
using Matrix42.JiraConnector.Testing.Jira;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Transfer;

public sealed class OnlineImportCheckTests
{
    private const string Password = "correct horse battery staple";
    private const string JiraToken = "jira-token-7731";
    private const string EsmPassword = "webapi-password";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));
    private readonly FakeJiraCloud _jira;
    private readonly FakeEsm _esm;

    public OnlineImportCheckTests()
    {
        _jira = new FakeJiraCloud(_time);
        _jira.AddAccount("ops@example.test", JiraToken, isAdmin: true, displayName: "Ops", timeZone: "UTC");
        _jira.AddProject("OPS", "Operations");
        _esm = new FakeEsm(timeProvider: _time);
        _esm.DefineTemplate("jira_issue", "Jira issue", t => t
            .Folder("jira_issues", "Jira issues")
            .Text("task_id")
            .Text("issue_key")
            .Text("subject"));
    }

    [Fact]
    public async Task MergeAsync_TaskNamesTemplateAndAttributeEsmLacks_RefusedListingBothWithConnectorId()
    {
        var connector = Connector("conn-1");
        connector.ScheduledTasks[0].Generic!.Mappings.Add(
            new AttributeMappingDefinition { Source = "fields.description", Target = "no_such_attribute" });
        connector.EventTasks.Add(TestConnectors.CreateIssueTask("create-1"));
        connector.EventTasks[0].Template = "no_such_template";
        var current = new ConnectorConfigurationDocument();

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => Importer().MergeAsync(current, Export(connector), Password));

        Assert.Equal(2, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.StartsWith("Connector 'conn-1': ", StringComparison.Ordinal)
            && p.Contains("connectors[0].scheduledTasks[0].generic.mappings[1].target")
            && p.Contains("no_such_attribute"));
        Assert.Contains(error.Problems, p => p.StartsWith("Connector 'conn-1': ", StringComparison.Ordinal)
            && p.Contains("connectors[0].eventTasks[0].template") && p.Contains("no_such_template"));
        Assert.Empty(current.Connectors);
    }

    [Fact]
    public async Task MergeAsync_EverythingExists_ImportsAfterAskingBothServices()
    {
        var current = new ConnectorConfigurationDocument();

        var merged = await Importer().MergeAsync(current, Export(Connector("conn-1")), Password);

        Assert.Equal(["conn-1"], merged.Connectors.Select(c => c.Id));
        Assert.True(_jira.Log.CountWhere(e => e.Path.EndsWith("/jql/parse", StringComparison.Ordinal)) > 0);
        Assert.True(_esm.Log.CountWhere(e => e.Path.Contains("jira_issue", StringComparison.Ordinal)) > 0);
    }

    [Fact]
    public async Task MergeAsync_EsmDropsEveryConnection_FailsClosedNamingConnectorAndService()
    {
        _esm.Faults.Add(FaultKind.ConnectionReset);
        var connector = Connector("conn-1");
        connector.EventTasks.Add(TestConnectors.CreateIssueTask("create-1"));

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => Importer(retries: 0).MergeAsync(new ConnectorConfigurationDocument(), Export(connector), Password));

        Assert.StartsWith("Connector 'conn-1': ESM at https://esm.fake could not be reached", error.Problems[0]);
        Assert.DoesNotContain(error.Problems, p => p.Contains("Jira at", StringComparison.Ordinal));

        // After the first dead call the second template is not tried: one failure, not one wait per template.
        Assert.Equal(1, _esm.Faults.InjectedCount);
    }

    [Fact]
    public async Task MergeAsync_JiraHandlerThrows_FailsClosedNamingConnectorAndJira()
    {
        var check = new OnlineImportCheck(
            new OnlineImportCheckOptions
            {
                JiraHandlerFactory = _ => new ThrowingHandler(),
                EsmHandlerFactory = _ => _esm.CreateHandler(),
                MaxRetryAttempts = 0,
            },
            _time);

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => new ConfigurationImporter(check).MergeAsync(
                new ConnectorConfigurationDocument(), Export(Connector("conn-7")), Password));

        Assert.StartsWith(
            "Connector 'conn-7': Jira at https://fake-site.atlassian.net could not be reached", error.Problems[0]);
    }

    [Fact]
    public async Task MergeAsync_SealedExportThroughDi_OpensSecretsThenChecksWithThem()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddJiraConnector();
        services.Configure<OnlineImportCheckOptions>(o =>
        {
            o.JiraHandlerFactory = _ => _jira.CreateHandler();
            o.EsmHandlerFactory = _ => _esm.CreateHandler();
        });
        await using var provider = services.BuildServiceProvider();
        var importer = provider.GetRequiredService<ConfigurationImporter>();
        var current = new ConnectorConfigurationDocument();
        current.Connectors.Add(Connector("conn-0"));
        current.Connectors[0].Jira.SiteUrl = "https://other.atlassian.net/";

        var merged = await importer.MergeAsync(current, Export(Connector("conn-1")), Password);

        Assert.IsType<OnlineImportCheck>(provider.GetRequiredService<IConfigurationImportCheck>());
        Assert.Equal(["conn-0", "conn-1"], merged.Connectors.Select(c => c.Id));
        Assert.Equal(EsmPassword, merged.Connectors[1].Esm.WebApiPassword!.Reveal());
    }

    [Fact]
    public async Task MergeAsync_EsmRefusesThePassword_FailsClosedWithoutRevealingSecrets()
    {
        var connector = Connector("conn-1");
        connector.Esm.WebApiPassword = SecretValue.FromInline("wrong-password-5519");

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => Importer().MergeAsync(new ConnectorConfigurationDocument(), Export(connector), Password));

        Assert.StartsWith("Connector 'conn-1': ESM at https://esm.fake answered the check with an error",
            error.Problems[0]);
        var text = string.Join("\n", error.Problems) + error.Message;
        Assert.DoesNotContain("wrong-password-5519", text, StringComparison.Ordinal);
        Assert.DoesNotContain(JiraToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergeAsync_BearerConnectorWithoutProvider_FailsClosedAsNotSetUp()
    {
        var connector = Connector("conn-1");
        connector.Jira.Authentication = JiraAuthenticationKind.BearerProvider;
        connector.Jira.BearerProviderName = "oauth";

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => Importer().MergeAsync(new ConnectorConfigurationDocument(), Export(connector), Password));

        Assert.StartsWith("Connector 'conn-1': the Jira client could not be set up", error.Problems[0]);
        Assert.Contains("BearerTokenProvider", error.Problems[0]);
    }

    [Fact]
    public async Task MergeAsync_ConfigureEsmCompletesTheOptions_AppliedAfterTheDocumentsSettings()
    {
        var connector = Connector("conn-1");
        connector.Esm.WebApiPassword = SecretValue.FromInline("stale-password");
        var check = new OnlineImportCheck(
            new OnlineImportCheckOptions
            {
                JiraHandlerFactory = _ => _jira.CreateHandler(),
                EsmHandlerFactory = _ => _esm.CreateHandler(),
                ConfigureEsm = (c, o) => o.Password = c.Id == "conn-1" ? EsmPassword : null,
            },
            _time);

        var merged = await new ConfigurationImporter(check).MergeAsync(
            new ConnectorConfigurationDocument(), Export(connector), Password);

        Assert.Equal("stale-password", merged.Connectors[0].Esm.WebApiPassword!.Reveal());
    }

    [Fact]
    public async Task MergeAsync_SecretReferencesThroughDi_LookedUpWithTheHostsResolver()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddJiraConnector().UseSecretResolver(name => name == "OPS_ESM_PASSWORD" ? EsmPassword : null);
        services.Configure<OnlineImportCheckOptions>(o =>
        {
            o.JiraHandlerFactory = _ => _jira.CreateHandler();
            o.EsmHandlerFactory = _ => _esm.CreateHandler();
        });
        await using var provider = services.BuildServiceProvider();
        var importer = provider.GetRequiredService<ConfigurationImporter>();
        var known = Connector("conn-1");
        known.Esm.WebApiPassword = SecretValue.FromEnvironmentVariable("OPS_ESM_PASSWORD");
        var unknown = Connector("conn-2");
        unknown.Jira.SiteUrl = "https://other.atlassian.net/";
        unknown.Esm.WebApiPassword = SecretValue.FromEnvironmentVariable("NOT_SET_ANYWHERE");

        var merged = await importer.MergeAsync(new ConnectorConfigurationDocument(), Export(known), Password);
        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => importer.MergeAsync(new ConnectorConfigurationDocument(), Export(unknown), Password));

        Assert.Equal(["conn-1"], merged.Connectors.Select(c => c.Id));
        Assert.StartsWith("Connector 'conn-2': the ESM client could not be set up", error.Problems[0]);
        Assert.Contains("'NOT_SET_ANYWHERE' has no value", error.Problems[0]);
    }

    [Fact]
    public async Task AddJiraConnector_HostRegisteredItsOwnCheck_ImporterUsesIt()
    {
        var services = new ServiceCollection();
        var own = new RefusingCheck();
        services.AddSingleton<IConfigurationImportCheck>(own);
        services.AddJiraConnector();
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => provider.GetRequiredService<ConfigurationImporter>().MergeAsync(
                new ConnectorConfigurationDocument(), Export(Connector("conn-1")), Password));

        Assert.Equal([RefusingCheck.Problem], error.Problems);
    }

    private ConfigurationImporter Importer(int retries = 1) => new(new OnlineImportCheck(
        new OnlineImportCheckOptions
        {
            JiraHandlerFactory = _ => _jira.CreateHandler(),
            EsmHandlerFactory = _ => _esm.CreateHandler(),
            MaxRetryAttempts = retries,
        },
        _time));

    private ConnectorDefinition Connector(string id)
    {
        var connector = TestConnectors.Create(
            id, _jira.SiteUrl, "ops@example.test", JiraToken, new Uri("https://esm.fake"), "webapi", EsmPassword);
        var schedule = new ScheduleSettings { Cron = "0 * * * *" };
        connector.ScheduledTasks.Add(TestConnectors.IssueTask(id + "-issues", schedule));
        return connector;
    }

    private static string Export(params ConnectorDefinition[] connectors)
    {
        var document = new ConnectorConfigurationDocument();
        foreach (var connector in connectors)
        {
            document.Connectors.Add(connector);
        }

        return ConnectorConfigurationSerializer.ToJson(ConfigurationExport.Seal(document, Password));
    }

    private sealed class ThrowingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("Connection refused.");
    }

    private sealed class RefusingCheck : IConfigurationImportCheck
    {
        public const string Problem = "refused by the host's own check";

        public Task<IReadOnlyList<string>> FindProblemsAsync(
            ConnectorConfigurationDocument document, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<string>>([Problem]);
    }
}
