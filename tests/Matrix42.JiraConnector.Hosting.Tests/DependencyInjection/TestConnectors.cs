using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Hosting.Tests.DependencyInjection;

/// <summary>Connector definitions that pass the offline validation.</summary>
internal static class TestConnectors
{
    public static ConnectorDefinition Create(
        string id, Uri jira, string email, string token, Uri esm, string login, string password) => new()
    {
        Id = id,
        Name = "Connector " + id,
        Jira = new JiraConnectionSettings
        {
            SiteUrl = jira.ToString(),
            Email = email,
            ApiToken = SecretValue.FromInline(token),
            AllowInsecureLoopback = true,
        },
        Esm = new EsmConnectionSettings
        {
            BaseUrl = esm.ToString().TrimEnd('/'),
            WebApiUser = login,
            WebApiPassword = SecretValue.FromInline(password),
            AllowInsecureLoopback = true,
        },
    };

    public static ScheduledTaskDefinition IssueTask(string id, ScheduleSettings schedule) => new()
    {
        Id = id,
        Name = "Issues " + id,
        Schedule = schedule,
        Jql = "project = OPS",
        Generic = new ScheduledTargetDefinition
        {
            Template = "jira_issue",
            Folder = "jira_issues",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { JiraPath = "key", Attribute = "issue_key" },
            Mappings = [new AttributeMappingDefinition { Source = "fields.summary", Target = "subject" }],
        },
    };

    public static EventTaskDefinition CreateIssueTask(string id) => new()
    {
        Id = id,
        Name = "Create issue " + id,
        Template = "incident",
        Folder = "incidents",
        Mappings =
        [
            new FieldMappingDefinition { Constant = "OPS", Field = "project" },
            new FieldMappingDefinition { Constant = "Task", Field = "issuetype" },
            new FieldMappingDefinition { Source = "subject", Field = "summary" },
        ],
    };
}
