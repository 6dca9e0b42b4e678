using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Reliability.Tests.Configuration;

/// <summary>A valid one-connector document; tests turn one setting hostile at a time.</summary>
internal static class HostileConfiguration
{
    public const string JiraSiteUrl = "connectors[0].jira.siteUrl";
    public const string EsmBaseUrl = "connectors[0].esm.baseUrl";

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
                    ApiToken = SecretValue.FromInline("jira-token"),
                },
                Esm = new EsmConnectionSettings
                {
                    BaseUrl = "https://acme.efectecloud.com/itsm",
                    WebApiUser = "webapi",
                    WebApiPassword = SecretValue.FromInline("esm-password"),
                },
                ScheduledTasks = [Task()],
            },
        ],
    };

    public static ScheduledTaskDefinition Task() => new()
    {
        Id = "task-issues",
        Name = "Import issues",
        MappingsType = MappingsType.Generic,
        Jql = "project = ACME",
        Generic = new ScheduledTargetDefinition
        {
            Template = "jira_issue",
            Folder = "jira_issues",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { JiraPath = "key", Attribute = "issue_key" },
            Mappings = [new AttributeMappingDefinition { Source = "fields.summary", Target = "subject" }],
        },
    };

    public static ConnectorDefinition Connector(this ConnectorConfigurationDocument document) => document.Connectors[0];
}
