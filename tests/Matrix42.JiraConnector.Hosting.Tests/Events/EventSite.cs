using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Tests.DependencyInjection;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Jira;
using Microsoft.Extensions.DependencyInjection;

namespace Matrix42.JiraConnector.Hosting.Tests.Events;

/// <summary>
/// One connector's fake Jira site and ESM tenant, served in process to the connector's own named clients, with the
/// incident event tasks the tests run.
/// </summary>
internal sealed class EventSite
{
    private const string EsmHttpClientPrefix = "Matrix42.JiraConnector.Esm:";

    public EventSite(string connectorId, TimeProvider time, string email = "bot@example.com", string token = "t0k")
    {
        ConnectorId = connectorId;

        // Task ids are unique across connectors: the state store keys its data by them.
        CreateTask = connectorId + "-create";
        UpdateTask = connectorId + "-update";
        Jira = new FakeJiraCloud(time);
        Jira.AddAccount(email, token, isAdmin: true, displayName: "Bot", timeZone: "UTC");
        Jira.AddProject("OPS", "Operations");
        Esm = new FakeEsm(timeProvider: time);
        Esm.DefineTemplate("incident", "Incident", t => t
            .Folder("incidents", "Incidents")
            .Text("subject")
            .Text("description")
            .StaticValue("status", [new("new", "New"), new("completed", "Completed")])
            .Text("jira_key")
            .Text("jira_id")
            .Text("prov_exception"));
        Connector = TestConnectors.Create(
            connectorId, Jira.SiteUrl, email, token, new Uri("https://esm.fake"), "webapi", "webapi-password");
        Connector.EventTasks.Add(Incident(CreateTask, EventTaskUsage.CreateIssue,
            Constant("project", "OPS"), Constant("issuetype", "Task"), Map("summary", "subject"),
            Map("description", "description")));
        Connector.EventTasks.Add(Incident(UpdateTask, EventTaskUsage.UpdateIssue,
            Map("summary", "subject"), Map("description", "description")));
    }

    public string ConnectorId { get; }

    public string CreateTask { get; }

    public string UpdateTask { get; }

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

    public string AddIncident(string subject, string status = "New", string description = "Details") =>
        Esm.AddCard("incident", "incidents", new Dictionary<string, object?>
        {
            ["subject"] = subject, ["status"] = status, ["description"] = description,
        }).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string? ValueOf(string card, string attribute) =>
        Esm.FindCard(long.Parse(card, System.Globalization.CultureInfo.InvariantCulture))?.ValueOf(attribute);

    public long JiraPosts(string pathSuffix) =>
        Jira.Log.CountWhere(e => e.Method == "POST" && e.Path.EndsWith(pathSuffix, StringComparison.Ordinal));

    public long JiraPuts => Jira.Log.CountWhere(e => e.Method == "PUT");

    private static EventTaskDefinition Incident(
        string id, EventTaskUsage usage, params FieldMappingDefinition[] mappings) => new()
    {
        Id = id,
        Name = "Incident " + id,
        Usage = usage,
        Template = "incident",
        Folder = "incidents",
        Mappings = [.. mappings],
        WriteBack = new WriteBackSettings { IssueKeyAttribute = "jira_key", IssueIdAttribute = "jira_id" },
        ProvisioningExceptionAttribute = "prov_exception",
    };

    private static FieldMappingDefinition Map(string field, string source) => new() { Field = field, Source = source };

    private static FieldMappingDefinition Constant(string field, string constant) =>
        new() { Field = field, Constant = constant };
}
