using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Configuration.Sealing;
using Matrix42.JiraConnector.Hosting.Tests.DependencyInjection;
using Matrix42.JiraConnector.Hosting.Transfer;

namespace Matrix42.JiraConnector.Hosting.Tests.Transfer;

public sealed class ConfigurationImporterTests
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task MergeAsync_SealedExportOfChangedAndNewConnector_MergesByIdAndOpensSecrets()
    {
        var current = Document(Connector("conn-1", "https://a.atlassian.net", "every-hour"));
        var changed = Connector("conn-1", "https://a.atlassian.net", "every-hour");
        changed.ScheduledTasks[0].Schedule.Cron = "*/5 * * * *";
        changed.ScheduledTasks.Add(TestConnectors.IssueTask("task-new", new ScheduleSettings { Cron = "0 * * * *" }));
        var export = Export(changed, Connector("conn-2", "https://b.atlassian.net", "other"));

        var merged = await new ConfigurationImporter().MergeAsync(current, export, Password);

        Assert.Equal(["conn-1", "conn-2"], merged.Connectors.Select(c => c.Id));
        var first = merged.Connectors[0];
        Assert.Equal(["every-hour", "task-new"], first.ScheduledTasks.Select(t => t.Id));
        Assert.Equal("*/5 * * * *", first.ScheduledTasks[0].Schedule.Cron);
        Assert.Equal("token-conn-2", merged.Connectors[1].Jira.ApiToken!.Reveal());
        Assert.Equal("0 * * * *", current.Connectors[0].ScheduledTasks[0].Schedule.Cron);
    }

    [Fact]
    public async Task MergeAsync_WrongPassword_RefusedWithSealingError()
    {
        var export = Export(Connector("conn-1", "https://a.atlassian.net", "t1"));

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => new ConfigurationImporter().MergeAsync(
                new ConnectorConfigurationDocument(), export, "wrong password!"));

        Assert.IsType<SecretSealingException>(error.InnerException);
    }

    [Fact]
    public async Task MergeAsync_TamperedSealedSecret_Refused()
    {
        var sealedDocument = ConfigurationExport.Seal(
            Document(Connector("conn-1", "https://a.atlassian.net", "t1")), Password);
        var token = sealedDocument.Connectors[0].Jira.ApiToken!;
        var middle = token.Sealed!.Length / 2;
        var flipped = token.Sealed[middle] == 'A' ? 'B' : 'A';
        token.Sealed = token.Sealed[..middle] + flipped + token.Sealed[(middle + 1)..];
        var export = ConnectorConfigurationSerializer.ToJson(sealedDocument);

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => new ConfigurationImporter().MergeAsync(new ConnectorConfigurationDocument(), export, Password));

        Assert.IsType<SecretSealingException>(error.InnerException);
    }

    [Fact]
    public async Task MergeAsync_OtherFormatVersion_RefusedNamingTheVersion()
    {
        var export = Export(Connector("conn-1", "https://a.atlassian.net", "t1")).Replace(
            "\"formatVersion\": 1", "\"formatVersion\": 7", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<ConfigurationFormatException>(
            () => new ConfigurationImporter().MergeAsync(new ConnectorConfigurationDocument(), export, Password));

        Assert.Contains("7", error.Message);
    }

    [Fact]
    public async Task MergeAsync_OtherIdSameEndpoints_RefusedUnlessForced()
    {
        var current = Document(Connector("conn-1", "https://a.atlassian.net", "t1"));
        var export = Export(Connector("conn-9", "https://A.atlassian.net/", "t9"));

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => new ConfigurationImporter().MergeAsync(current, export, Password));
        var forced = await new ConfigurationImporter().MergeAsync(current, export, Password, force: true);

        Assert.Contains(error.Problems, p => p.Contains("conn-9") && p.Contains("conn-1"));
        Assert.Equal(["conn-1", "conn-9"], forced.Connectors.Select(c => c.Id));
        Assert.Single(current.Connectors);
    }

    [Theory]
    [InlineData("https://a.atlassian.net:443", "https://esm.example.test")]
    [InlineData("https://a.atlassian.net.", "https://esm.example.test/")]
    [InlineData("HTTPS://A.ATLASSIAN.NET/", "https://ESM.example.test:443/")]
    [InlineData("https://a.atlassian.net", "https://esm.example.test.:443")]
    public async Task MergeAsync_OtherIdSameEndpointsSpelledDifferently_RefusedAsDuplicate(string site, string esm)
    {
        var current = Document(Connector("conn-1", "https://a.atlassian.net", "t1"));
        var twin = Connector("conn-9", "https://a.atlassian.net", "t9");
        twin.Jira.SiteUrl = site;
        twin.Esm.BaseUrl = esm;

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => new ConfigurationImporter().MergeAsync(current, Export(twin), Password));

        Assert.Contains(error.Problems, p => p.Contains("conn-9") && p.Contains("conn-1"));
    }

    [Fact]
    public async Task MergeAsync_OtherIdOtherPortOrPath_NotTakenForDuplicate()
    {
        var current = Document(Connector("conn-1", "https://a.atlassian.net", "t1"));
        var otherPort = Connector("conn-8", "https://a.atlassian.net", "t8");
        otherPort.Esm.BaseUrl = "https://esm.example.test:8443";
        var otherPath = Connector("conn-9", "https://a.atlassian.net", "t9");
        otherPath.Esm.BaseUrl = "https://esm.example.test/tenant-b";

        var merged = await new ConfigurationImporter().MergeAsync(current, Export(otherPort, otherPath), Password);

        Assert.Equal(["conn-1", "conn-8", "conn-9"], merged.Connectors.Select(c => c.Id));
    }

    [Fact]
    public async Task MergeAsync_SecondConnectorRefused_FirstIsNotImportedEitherAndCurrentUnchanged()
    {
        var current = Document(Connector("conn-1", "https://a.atlassian.net", "t1"));
        var before = ConnectorConfigurationSerializer.ToJson(current);
        var changed = Connector("conn-1", "https://a.atlassian.net", "t1");
        changed.ScheduledTasks[0].Schedule.Cron = "*/5 * * * *";
        var duplicate = Connector("conn-9", "https://a.atlassian.net:443/", "t9");
        duplicate.Jira.SiteUrl = "https://a.atlassian.net:443/";
        var export = Export(changed, Connector("conn-2", "https://b.atlassian.net", "t2"), duplicate);

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => new ConfigurationImporter().MergeAsync(current, export, Password));

        Assert.Single(error.Problems);
        Assert.Equal(before, ConnectorConfigurationSerializer.ToJson(current));
    }

    [Fact]
    public async Task MergeAsync_KnownConnectorMovedOntoAnothersEndpoints_RefusedUnlessForced()
    {
        var current = Document(
            Connector("conn-1", "https://a.atlassian.net", "t1"), Connector("conn-2", "https://b.atlassian.net", "t2"));
        var moved = Connector("conn-2", "https://a.atlassian.net", "t2");
        moved.Jira.SiteUrl = "https://A.atlassian.net:443/";

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => new ConfigurationImporter().MergeAsync(current, Export(moved), Password));
        var forced = await new ConfigurationImporter().MergeAsync(current, Export(moved), Password, force: true);

        Assert.Contains(error.Problems, p => p.Contains("conn-2") && p.Contains("conn-1"));
        Assert.Equal("https://A.atlassian.net:443/", forced.Connectors[1].Jira.SiteUrl);
    }

    [Fact]
    public async Task MergeAsync_ConnectorWithoutJiraSection_RefusedByValidationNotACrash()
    {
        var current = Document(Connector("conn-1", "https://a.atlassian.net", "t1"));
        var export = """{ "formatVersion": 1, "connectors": [ { "id": "conn-5", "name": "Five", "jira": null } ] }""";

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => new ConfigurationImporter().MergeAsync(current, export, null));

        Assert.Contains(error.Problems, p => p.Contains("conn-5") || p.Contains("connectors[1]"));
    }

    [Fact]
    public async Task MergeAsync_TwoKnownConnectorsSwapSites_MergedWithoutDuplicateProblem()
    {
        var current = Document(
            Connector("conn-1", "https://a.atlassian.net", "t1"), Connector("conn-2", "https://b.atlassian.net", "t2"));
        var export = Export(
            Connector("conn-1", "https://b.atlassian.net", "t1"), Connector("conn-2", "https://a.atlassian.net", "t2"));

        var merged = await new ConfigurationImporter().MergeAsync(current, export, Password);

        Assert.Equal(
            ["https://b.atlassian.net/", "https://a.atlassian.net/"], merged.Connectors.Select(c => c.Jira.SiteUrl));
    }

    [Fact]
    public async Task MergeAsync_SealedExportWithoutPassword_RefusedAndNothingSealedKept()
    {
        var export = Export(Connector("conn-1", "https://a.atlassian.net", "t1"));

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => new ConfigurationImporter().MergeAsync(new ConnectorConfigurationDocument(), export, null));

        Assert.Contains("password", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MergeAsync_OnlineCheckFindsMissingTemplates_RefusedListingThem()
    {
        var check = new MissingTemplates("template 'jira_issue' does not exist", "attribute 'task_id' does not exist");
        var export = Export(Connector("conn-1", "https://a.atlassian.net", "t1"));

        var error = await Assert.ThrowsAsync<ConfigurationImportException>(
            () => new ConfigurationImporter(check).MergeAsync(new ConnectorConfigurationDocument(), export, Password));

        Assert.Equal(check.Problems, error.Problems);
    }

    private static ConnectorDefinition Connector(string id, string site, string taskId)
    {
        var connector = TestConnectors.Create(
            id, new Uri(site), "ops@example.test", "token-" + id, new Uri("https://esm.example.test"), "webapi", "pw");
        connector.ScheduledTasks.Add(TestConnectors.IssueTask(taskId, new ScheduleSettings { Cron = "0 * * * *" }));
        return connector;
    }

    private static ConnectorConfigurationDocument Document(params ConnectorDefinition[] connectors)
    {
        var document = new ConnectorConfigurationDocument();
        foreach (var connector in connectors)
        {
            document.Connectors.Add(connector);
        }

        return document;
    }

    private static string Export(params ConnectorDefinition[] connectors) =>
        ConnectorConfigurationSerializer.ToJson(ConfigurationExport.Seal(Document(connectors), Password));

    private sealed class MissingTemplates(params string[] problems) : IConfigurationImportCheck
    {
        public IReadOnlyList<string> Problems { get; } = problems;

        public Task<IReadOnlyList<string>> FindProblemsAsync(
            ConnectorConfigurationDocument document, CancellationToken cancellationToken = default) =>
            Task.FromResult(Problems);
    }
}
