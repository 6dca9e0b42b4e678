using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Tests.Events;

/// <summary>The event tasks the tests use.</summary>
internal static class EventTasks
{
    public const string CreateIncident = "create-incident";
    public const string UpdateIncident = "update-incident";
    public const string ResolveIncident = "resolve-incident";
    public const string CreateUser = "create-user";
    public const string CreateGroup = "create-group";
    public const string Memberships = "memberships";

    public static ConnectorDefinition Connector() => new()
    {
        Id = "conn-1",
        Name = "Jira",
        EventTasks =
        [
            Incident(CreateIncident, "evt-1", EventTaskUsage.CreateIssue,
                Constant("project", "OPS"), Constant("issuetype", "Task"), Map("summary", "subject"),
                Map("description", "description")),
            Incident(UpdateIncident, "evt-2", EventTaskUsage.UpdateIssue,
                Map("summary", "subject"), Map("description", "description")),
            Incident(ResolveIncident, "evt-3", EventTaskUsage.UpdateIssue,
                Map("status", "status", ("Completed", "Done"), ("In progress", "In Progress")),
                Map("resolution", "resolution")),
            Provisioning(CreateUser, "evt-4", "account", Map("emailAddress", "email"),
                Constant("products", "jira-software")),
            Provisioning(CreateGroup, "evt-5", "group", Map("name", "name")),
            Provisioning(Memberships, "evt-6", "access_request"),
        ],
    };

    public static FieldMappingDefinition Map(
        string field, string? source = null, params (string From, string To)[] table) =>
        new()
        {
            Field = field,
            Source = source,
            ValueTable = table.ToDictionary(t => t.From, t => t.To),
        };

    public static FieldMappingDefinition Constant(string field, string constant) =>
        new() { Field = field, Constant = constant };

    private static EventTaskDefinition Incident(
        string name, string id, EventTaskUsage usage, params FieldMappingDefinition[] mappings) => new()
    {
        Id = id,
        Name = name,
        Usage = usage,
        Template = "incident",
        Folder = "incidents",
        Mappings = [.. mappings],
        WriteBack = new WriteBackSettings { IssueKeyAttribute = "jira_key", IssueIdAttribute = "jira_id" },
        ProvisioningExceptionAttribute = "prov_exception",
    };

    private static EventTaskDefinition Provisioning(
        string name, string id, string template, params FieldMappingDefinition[] mappings) => new()
    {
        Id = id,
        Name = name,
        Usage = EventTaskUsage.Provisioning,
        MappingsType = MappingsType.IdentityAndAccessRights,
        Template = template,
        Folder = template + "s",
        Mappings = [.. mappings],
        PersonAttribute = template == "access_request" ? "person" : null,
        RoleAttribute = template == "access_request" ? "roles" : null,
        WriteBack = new WriteBackSettings { AccountIdAttribute = "account_id", GroupIdAttribute = "group_id" },
        ProvisioningExceptionAttribute = "prov_exception",
        GroupMembershipExceptionAttribute = template == "access_request" ? "group_exception" : null,
        MembershipSemantics = MembershipSemantics.Strict,
    };
}
