using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Tests.Configuration;

/// <summary>A complete, valid document that tests change one setting at a time.</summary>
internal static class SampleConfiguration
{
    public static ConnectorConfigurationDocument Valid() => new()
    {
        Connectors =
        [
            new ConnectorDefinition
            {
                Id = "conn-1",
                Name = "Acme Jira",
                EnvironmentType = EnvironmentType.Test,
                Jira = new JiraConnectionSettings
                {
                    SiteUrl = "https://acme.atlassian.net",
                    Email = "integration@example.com",
                    ApiToken = SecretValue.FromInline("jira-token-XYZ"),
                    ApiTokenExpiresOn = new DateOnly(2027, 3, 1),
                },
                Esm = new EsmConnectionSettings
                {
                    BaseUrl = "https://acme.efectecloud.com/itsm",
                    WebApiUser = "webapi",
                    WebApiPassword = SecretValue.FromEnvironmentVariable("ESM_PASSWORD"),
                },
                ScheduledTasks = [IssueTask(), IdentityTask()],
                EventTasks = [CreateIssueTask(), ProvisioningTask()],
            },
        ],
    };

    public static ScheduledTaskDefinition IssueTask() => new()
    {
        Id = "task-issues",
        Name = "Import issues",
        Schedule = new ScheduleSettings { Cron = "*/15 * * * *", TimeZone = "Europe/Helsinki" },
        Kind = ScheduledTaskKind.Incremental,
        MappingsType = MappingsType.Generic,
        Jql = "project = ACME ORDER BY key",
        Generic = new ScheduledTargetDefinition
        {
            Template = "jira_issue",
            Folder = "jira_issues",
            TaskIdAttribute = "task_id",
            DataSourceTypeAttribute = "data_source",
            MatchKey = new MatchKeySettings { JiraPath = "key", Attribute = "issue_key" },
            Mappings =
            [
                new AttributeMappingDefinition { Source = "fields.summary", Target = "subject" },
                new AttributeMappingDefinition
                {
                    Source = "fields.status.name",
                    Target = "status",
                    ValueTable = new Dictionary<string, string> { ["Done"] = "5 - Closed" },
                    ValueTableDefault = "1 - Open",
                },
                new AttributeMappingDefinition
                {
                    Source = "fields.assignee.accountId", Target = "assignee", ReferenceIndex = "person-by-account",
                },
                new AttributeMappingDefinition { Source = "fields[\"Story Points\"]", Target = "points" },
                new AttributeMappingDefinition { Constant = "jira", Target = "origin" },
            ],
            Removed = new StateValueSetting { Enabled = true, Attribute = "status", Value = "9 - Removed" },
        },
    };

    public static ScheduledTaskDefinition IdentityTask() => new()
    {
        Id = "task-people",
        Name = "Import people",
        Schedule = new ScheduleSettings { Cron = "0 0 */4 * * *" },
        MappingsType = MappingsType.IdentityAndAccessRights,
        Identity = new ScheduledTargetDefinition
        {
            Template = "account",
            Folder = "accounts",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { JiraPath = "accountId", Attribute = "account_id" },
            Mappings = [new AttributeMappingDefinition { Source = "displayName", Target = "name" }],
        },
        AccessRight = new ScheduledTargetDefinition
        {
            Template = "group",
            Folder = "groups",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { JiraPath = "groupId", Attribute = "group_id" },
            Mappings = [new AttributeMappingDefinition { Source = "name", Target = "name" }],
        },
        Memberships = new MembershipSettings
        {
            StoredOn = MembershipStorageSide.GroupListsMembers,
            Attribute = "members",
        },
    };

    public static EventTaskDefinition CreateIssueTask() => new()
    {
        Id = "event-create",
        Name = "Create Jira issue",
        Usage = EventTaskUsage.CreateIssue,
        MappingsType = MappingsType.Generic,
        Template = "incident",
        Folder = "incidents",
        Mappings =
        [
            new FieldMappingDefinition { Constant = "ACME", Field = "project" },
            new FieldMappingDefinition { Constant = "Task", Field = "issuetype" },
            new FieldMappingDefinition { Source = "subject", Field = "summary" },
            new FieldMappingDefinition { Source = "region", Field = "[\"Region\"]" },
        ],
        WriteBack = new WriteBackSettings { IssueKeyAttribute = "jira_key" },
    };

    public static EventTaskDefinition ProvisioningTask() => new()
    {
        Id = "event-groups",
        Name = "Group memberships",
        Usage = EventTaskUsage.Provisioning,
        MappingsType = MappingsType.IdentityAndAccessRights,
        Template = "iga_task",
        Folder = "iga_tasks",
        PersonAttribute = "account",
        RoleAttribute = "roles",
        MembershipSemantics = MembershipSemantics.Strict,
    };
}
