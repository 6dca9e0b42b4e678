using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>
/// The configuration document of the embedded default: one connector aimed at the loopback fakes, an
/// identity-and-access-rights task, a generic JQL task and the event tasks. It is the same schema a
/// <c>--config</c> file uses, so <c>ToJson</c> of this document is a working starting point.
/// </summary>
internal static class DemoConfiguration
{
    public const string ConnectorId = "demo-connector";
    public const string IdentityTaskId = "demo-identity";
    public const string IdentityTaskName = "People and groups";
    public const string IssueTaskId = "demo-issues";
    public const string IssueTaskName = "Jira tickets";
    public const string CreateIssueTaskName = "Create Jira issue";
    public const string UpdateIssueTaskName = "Update Jira issue";
    public const string ResolveIssueTaskName = "Resolve Jira issue";
    public const string ProvisioningTaskName = "Group memberships";

    /// <summary>
    /// Builds the document for fakes listening on <paramref name="jiraUrl"/> and <paramref name="esmUrl"/>.
    /// </summary>
    public static ConnectorConfigurationDocument Build(Uri jiraUrl, Uri esmUrl, DemoCustomFields fields) => new()
    {
        Connectors =
        [
            new ConnectorDefinition
            {
                Id = ConnectorId,
                Name = "Demo Jira and ESM",
                EnvironmentType = EnvironmentType.Demo,
                Jira = new JiraConnectionSettings
                {
                    SiteUrl = jiraUrl.GetLeftPart(UriPartial.Authority),
                    Email = DemoJiraSite.AdminEmail,
                    ApiToken = SecretValue.FromInline(DemoJiraSite.AdminToken),
                    AllowInsecureLoopback = true,
                },
                Esm = new EsmConnectionSettings
                {
                    BaseUrl = esmUrl.GetLeftPart(UriPartial.Authority),
                    WebApiUser = DemoEsmTenant.Login,
                    WebApiPassword = SecretValue.FromInline(DemoEsmTenant.Password),
                    AllowInsecureLoopback = true,
                },
                ScheduledTasks = [IdentityTask(), IssueTask(fields)],
                EventTasks = [CreateIssueTask(), UpdateIssueTask(), ResolveIssueTask(), ProvisioningTask()],
            },
        ],
    };

    private static ScheduledTaskDefinition IdentityTask() => new()
    {
        Id = IdentityTaskId,
        Name = IdentityTaskName,
        Schedule = new ScheduleSettings { Cron = "0 */4 * * *", TimeZone = "Europe/Berlin" },
        MappingsType = MappingsType.IdentityAndAccessRights,
        Identity = new ScheduledTargetDefinition
        {
            Template = "person",
            Folder = "jira_people",
            TaskIdAttribute = "task_id",
            DataSourceTypeAttribute = "data_source",
            MatchKey = new MatchKeySettings { JiraPath = "accountId", Attribute = "account_id" },
            Mappings =
            [
                Map("displayName", "name"),
                Map("emailAddress", "email"),
                Map("timeZone", "time_zone"),
                Map("accountType", "account_type"),
                new AttributeMappingDefinition { Constant = DemoEsmTenant.Active, Target = "status" },
            ],
            Inactive = State(DemoEsmTenant.Inactive),
            Removed = State(DemoEsmTenant.Removed),
            Restored = State(DemoEsmTenant.Active),
        },
        AccessRight = new ScheduledTargetDefinition
        {
            Template = "jira_group",
            Folder = "jira_groups",
            TaskIdAttribute = "task_id",
            DataSourceTypeAttribute = "data_source",
            MatchKey = new MatchKeySettings { JiraPath = "groupId", Attribute = "group_id" },
            Mappings =
            [
                Map("name", "name"),
                new AttributeMappingDefinition { Constant = DemoEsmTenant.Active, Target = "status" },
            ],
            Removed = State(DemoEsmTenant.Removed),
            Restored = State(DemoEsmTenant.Active),
        },
        Memberships = new MembershipSettings
        {
            StoredOn = MembershipStorageSide.GroupListsMembers,
            Attribute = "members",
        },
    };

    private static ScheduledTaskDefinition IssueTask(DemoCustomFields fields) => new()
    {
        Id = IssueTaskId,
        Name = IssueTaskName,
        Schedule = new ScheduleSettings { Cron = "*/15 * * * *", TimeZone = "Europe/Berlin" },
        MappingsType = MappingsType.Generic,
        Jql = "project in (OPS, HR) ORDER BY key",
        Generic = new ScheduledTargetDefinition
        {
            Template = "jira_ticket",
            Folder = "jira_tickets",
            TaskIdAttribute = "task_id",
            DataSourceTypeAttribute = "data_source",
            MatchKey = new MatchKeySettings { JiraPath = "id", Attribute = "issue_id" },
            Mappings =
            [
                Map("key", "issue_key"),
                Map("fields.summary", "subject"),
                Map("fields.description", "description"),
                Map("fields.status.name", "jira_status"),
                Map("fields.assignee.accountId", "assignee_account"),
                Map("fields.updated", "updated"),
                Map($"fields.{fields.EsmReference}", "esm_reference"),
                Map($"fields.{fields.StoryPoints}", "story_points"),
                Map($"fields.{fields.DueReview}", "due_review"),
                Map($"fields.{fields.Impact}.value", "impact"),
                Map($"fields.{fields.AffectedSites}", "sites"),
                new AttributeMappingDefinition
                {
                    Source = "fields.status.name",
                    Target = "state",
                    ValueTable = new Dictionary<string, string> { ["Done"] = "5 - Closed" },
                    ValueTableDefault = "1 - Open",
                },
            ],
            Removed = new StateValueSetting { Enabled = true, Attribute = "state", Value = DemoEsmTenant.Removed },
        },
    };

    private static EventTaskDefinition CreateIssueTask() => new()
    {
        Id = "demo-create-issue",
        Name = CreateIssueTaskName,
        Usage = EventTaskUsage.CreateIssue,
        Template = "incident",
        Folder = "incidents",
        Mappings =
        [
            new FieldMappingDefinition { Constant = "OPS", Field = "project" },
            new FieldMappingDefinition { Constant = "Task", Field = "issuetype" },
            new FieldMappingDefinition { Source = "subject", Field = "summary" },
            new FieldMappingDefinition { Source = "description", Field = "description" },
        ],
        WriteBack = new WriteBackSettings { IssueKeyAttribute = "jira_key", IssueIdAttribute = "jira_id" },
    };

    private static EventTaskDefinition UpdateIssueTask() => new()
    {
        Id = "demo-update-issue",
        Name = UpdateIssueTaskName,
        Usage = EventTaskUsage.UpdateIssue,
        Template = "incident",
        Folder = "incidents",
        Mappings = [new FieldMappingDefinition { Source = "subject", Field = "summary" }],
        WriteBack = new WriteBackSettings { IssueKeyAttribute = "jira_key", IssueIdAttribute = "jira_id" },
    };

    private static EventTaskDefinition ResolveIssueTask() => new()
    {
        Id = "demo-resolve-issue",
        Name = ResolveIssueTaskName,
        Usage = EventTaskUsage.UpdateIssue,
        Template = "incident",
        Folder = "incidents",
        Mappings =
        [
            new FieldMappingDefinition
            {
                Source = "status",
                Field = "status",
                ValueTable = new Dictionary<string, string> { ["4 - Resolved"] = "Done", ["1 - New"] = "To Do" },
            },
            new FieldMappingDefinition { Constant = "Done", Field = "resolution" },
        ],
        WriteBack = new WriteBackSettings { IssueKeyAttribute = "jira_key", IssueIdAttribute = "jira_id" },
    };

    private static EventTaskDefinition ProvisioningTask() => new()
    {
        Id = "demo-provisioning",
        Name = ProvisioningTaskName,
        Usage = EventTaskUsage.Provisioning,
        MappingsType = MappingsType.IdentityAndAccessRights,
        Template = "iga_task",
        Folder = "iga_tasks",
        PersonAttribute = "account",
        RoleAttribute = "roles",

        // The cards the identity task fills hold the ids the activity needs.
        WriteBack = new WriteBackSettings { AccountIdAttribute = "account_id", GroupIdAttribute = "group_id" },
    };

    private static AttributeMappingDefinition Map(string source, string target) =>
        new() { Source = source, Target = target };

    private static StateValueSetting State(string value) =>
        new() { Enabled = true, Attribute = "status", Value = value };
}
