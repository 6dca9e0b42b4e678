using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Tests.Configuration;

public sealed class ConfigurationValidatorTests
{
    private const string C = "connectors[0]";
    private const string Issues = "connectors[0].scheduledTasks[0]";
    private const string People = "connectors[0].scheduledTasks[1]";
    private const string Create = "connectors[0].eventTasks[0]";
    private const string Provision = "connectors[0].eventTasks[1]";

    private static readonly
        Dictionary<string, (Action<ConnectorDefinition> Change, string Path, ConfigurationRule Rule)> Cases = new()
        {
            ["connector id missing"] = (c => c.Id = null, $"{C}.id", ConfigurationRule.Required),
            ["connector id bad chars"] = (c => c.Id = "a b", $"{C}.id", ConfigurationRule.InvalidValue),
            ["connector name missing"] = (c => c.Name = " ", $"{C}.name", ConfigurationRule.Required),
            ["site url missing"] = (c => c.Jira.SiteUrl = null, $"{C}.jira.siteUrl", ConfigurationRule.Required),
            ["site url not a url"] = (c => c.Jira.SiteUrl = "acme", $"{C}.jira.siteUrl", ConfigurationRule.InvalidUrl),
            ["site url http"] = (c => c.Jira.SiteUrl = "http://acme.atlassian.net", $"{C}.jira.siteUrl",
                ConfigurationRule.InsecureUrl),
            ["site url with path"] = (c => c.Jira.SiteUrl = "https://acme.atlassian.net/rest/api/3",
                $"{C}.jira.siteUrl", ConfigurationRule.InvalidUrl),
            ["site url with user info"] = (c => c.Jira.SiteUrl = "https://u:p@acme.atlassian.net", $"{C}.jira.siteUrl",
                ConfigurationRule.InvalidUrl),
            ["loopback http without opt-in"] = (c => c.Jira.SiteUrl = "http://127.0.0.1:8080", $"{C}.jira.siteUrl",
                ConfigurationRule.InsecureUrl),
            ["metadata ip"] = (c => c.Esm.BaseUrl = "https://169.254.169.254/latest", $"{C}.esm.baseUrl",
                ConfigurationRule.ForbiddenHost),
            ["metadata name"] = (c => c.Esm.BaseUrl = "https://metadata.google.internal/x", $"{C}.esm.baseUrl",
                ConfigurationRule.ForbiddenHost),
            ["link-local v6"] = (c => c.Esm.BaseUrl = "https://[fe80::1]/", $"{C}.esm.baseUrl",
                ConfigurationRule.ForbiddenHost),
            ["email missing"] = (c => c.Jira.Email = null, $"{C}.jira.email", ConfigurationRule.Required),
            ["token missing"] = (c => c.Jira.ApiToken = null, $"{C}.jira.apiToken", ConfigurationRule.Required),
            ["token two forms"] = (c => c.Jira.ApiToken = new SecretValue { Inline = "x", EnvironmentVariable = "Y" },
                $"{C}.jira.apiToken", ConfigurationRule.Conflict),
            ["scoped token without cloud id"] = (c => c.Jira.Authentication = JiraAuthenticationKind.ScopedApiToken,
                $"{C}.jira.cloudId", ConfigurationRule.Required),
            ["bearer provider name missing"] = (c => c.Jira.Authentication = JiraAuthenticationKind.BearerProvider,
                $"{C}.jira.bearerProviderName", ConfigurationRule.Required),
            ["esm password missing"] = (c => c.Esm.WebApiPassword = new SecretValue(), $"{C}.esm.webApiPassword",
                ConfigurationRule.Required),
            ["esm user missing"] = (c => c.Esm.WebApiUser = "", $"{C}.esm.webApiUser", ConfigurationRule.Required),
            ["duplicate task id"] = (c => c.EventTasks[1].Id = "task-issues", $"{Provision}.id",
                ConfigurationRule.DuplicateId),
            ["duplicate task name"] = (c => c.ScheduledTasks[1].Name = "import ISSUES", $"{People}.name",
                ConfigurationRule.DuplicateName),
            ["cron invalid"] = (c => c.ScheduledTasks[0].Schedule.Cron = "61 * * * *", $"{Issues}.schedule.cron",
                ConfigurationRule.InvalidCron),
            ["cron missing"] = (c => c.ScheduledTasks[0].Schedule.Cron = null, $"{Issues}.schedule.cron",
                ConfigurationRule.Required),
            ["time zone unknown"] = (c => c.ScheduledTasks[0].Schedule.TimeZone = "Mars/Base",
                $"{Issues}.schedule.timeZone", ConfigurationRule.UnknownTimeZone),
            ["generic without jql"] = (c => c.ScheduledTasks[0].Jql = null, $"{Issues}.jql",
                ConfigurationRule.Required),
            ["incremental identity task"] = (c => c.ScheduledTasks[1].Kind = ScheduledTaskKind.Incremental,
                $"{People}.kind", ConfigurationRule.Unsupported),
            ["task id attribute missing"] = (c => c.ScheduledTasks[0].Generic!.TaskIdAttribute = null,
                $"{Issues}.generic.taskIdAttribute", ConfigurationRule.Required),
            ["target template missing"] = (c => c.ScheduledTasks[0].Generic!.Template = null,
                $"{Issues}.generic.template", ConfigurationRule.Required),
            ["match key attribute missing"] = (c => c.ScheduledTasks[0].Generic!.MatchKey.Attribute = null,
                $"{Issues}.generic.matchKey.attribute", ConfigurationRule.Required),
            ["identity target missing"] = (c => c.ScheduledTasks[1].Identity = null, $"{People}.identity",
                ConfigurationRule.Required),
            ["unused target"] = (c => c.ScheduledTasks[0].Identity = new ScheduledTargetDefinition(),
                $"{Issues}.identity", ConfigurationRule.Conflict),
            ["unknown field"] = (c => c.ScheduledTasks[0].Generic!.Mappings[0].Source = "fields.sumary",
                $"{Issues}.generic.mappings[0].source", ConfigurationRule.UnknownField),
            ["unknown root"] = (c => c.ScheduledTasks[0].Generic!.Mappings[0].Source = "summary",
                $"{Issues}.generic.mappings[0].source", ConfigurationRule.UnknownField),
            ["malformed path"] = (c => c.ScheduledTasks[0].Generic!.Mappings[0].Source = "fields..summary",
                $"{Issues}.generic.mappings[0].source", ConfigurationRule.UnknownField),
            ["user root on issue"] = (c => c.ScheduledTasks[1].Identity!.Mappings[0].Source = "fields.summary",
                $"{People}.identity.mappings[0].source", ConfigurationRule.UnknownField),
            ["source and constant"] = (c => c.ScheduledTasks[0].Generic!.Mappings[0].Constant = "x",
                $"{Issues}.generic.mappings[0].constant", ConfigurationRule.Conflict),
            ["neither source nor constant"] = (c => c.ScheduledTasks[0].Generic!.Mappings[4].Constant = null,
                $"{Issues}.generic.mappings[4].source", ConfigurationRule.Required),
            ["mapping writes task id"] = (c => c.ScheduledTasks[0].Generic!.Mappings[0].Target = "task_id",
                $"{Issues}.generic.mappings[0].target", ConfigurationRule.Conflict),
            ["two mappings one attribute"] = (c => c.ScheduledTasks[0].Generic!.Mappings[1].Target = "subject",
                $"{Issues}.generic.mappings[1].target", ConfigurationRule.DuplicateMapping),
            ["removed value missing"] = (c => c.ScheduledTasks[0].Generic!.Removed.Value = null,
                $"{Issues}.generic.removed.value", ConfigurationRule.Required),
            ["deletion share out of range"] = (c => c.ScheduledTasks[0].Generic!.DeletionGuard.MaxShare = 1.5,
                $"{Issues}.generic.deletionGuard.maxShare", ConfigurationRule.InvalidValue),
            ["partial failure settings"] = (c => c.ScheduledTasks[0].Failure.Template = "failure",
                $"{Issues}.failure.folder", ConfigurationRule.Required),
            ["membership attribute missing"] = (c => c.ScheduledTasks[1].Memberships.Attribute = null,
                $"{People}.memberships.attribute", ConfigurationRule.Required),
            ["bad account type"] = (c => c.ScheduledTasks[1].UserFilter.AccountTypes.Add("robot"),
                $"{People}.userFilter.accountTypes[0]", ConfigurationRule.InvalidValue),
            ["cache hour out of range"] = (c => c.ScheduledTasks[0].CacheExpiryHoursUtc.Add(24),
                $"{Issues}.cacheExpiryHoursUtc[0]", ConfigurationRule.InvalidValue),
            ["create task without summary"] = (c => c.EventTasks[0].Mappings.RemoveAt(2), $"{Create}.mappings",
                ConfigurationRule.MissingMapping),
            ["event field unknown"] = (c => c.EventTasks[0].Mappings[3].Field = "Region", $"{Create}.mappings[3].field",
                ConfigurationRule.UnknownField),
            ["event field twice"] = (c => c.EventTasks[0].Mappings[3].Field = "summary", $"{Create}.mappings[3].field",
                ConfigurationRule.DuplicateMapping),
            ["create task not generic"] = (c => c.EventTasks[0].MappingsType = MappingsType.IdentityOnly,
                $"{Create}.mappingsType", ConfigurationRule.Conflict),
            ["update task without key attribute"] = (c =>
            {
                c.EventTasks[0].Usage = EventTaskUsage.UpdateIssue;
                c.EventTasks[0].WriteBack.IssueKeyAttribute = null;
            }, $"{Create}.writeBack.issueKeyAttribute", ConfigurationRule.Required),
            ["provisioning without role attribute"] = (c => c.EventTasks[1].RoleAttribute = null,
                $"{Provision}.roleAttribute", ConfigurationRule.Required),
            ["event template missing"] = (c => c.EventTasks[1].Template = null, $"{Provision}.template",
                ConfigurationRule.Required),
            ["trigger attribute bad chars"] = (c => c.EventTasks[0].Trigger = Trigger("$status$", "New"),
                $"{Create}.trigger.conditions[0].attribute", ConfigurationRule.InvalidValue),
            ["trigger attribute too long"] = (c => c.EventTasks[0].Trigger = Trigger(new string('a', 101), "New"),
                $"{Create}.trigger.conditions[0].attribute", ConfigurationRule.TooLong),
            ["trigger attribute missing"] = (c => c.EventTasks[0].Trigger = Trigger(" ", "New"),
                $"{Create}.trigger.conditions[0].attribute", ConfigurationRule.Required),
            ["trigger text with quote"] = (c => c.EventTasks[0].Trigger = Trigger("status", "New' OR 1=1"),
                $"{Create}.trigger.conditions[0].equals", ConfigurationRule.InvalidValue),
            ["trigger text missing"] = (c => c.EventTasks[0].Trigger = Trigger("status", null),
                $"{Create}.trigger.conditions[0].equals", ConfigurationRule.Required),
            ["trigger condition empty"] = (c => c.EventTasks[0].Trigger = new EventTriggerSettings
            {
                Conditions = [null!],
            }, $"{Create}.trigger.conditions[0]", ConfigurationRule.Required),
            ["trigger last modified bad chars"] = (c => c.EventTasks[0].Trigger = new EventTriggerSettings
            {
                LastModifiedAttribute = "modified-at",
            }, $"{Create}.trigger.lastModifiedAttribute", ConfigurationRule.InvalidValue),
            ["trigger interval zero"] = (c => c.EventTasks[0].Trigger = new EventTriggerSettings
            {
                IntervalSeconds = 0,
            }, $"{Create}.trigger.intervalSeconds", ConfigurationRule.InvalidValue),
            ["trigger user activity on issue task"] = (c => c.EventTasks[0].Trigger = new EventTriggerSettings
            {
                Activity = EventTriggerActivity.CreateUser,
            }, $"{Create}.trigger.activity", ConfigurationRule.Conflict),
            ["trigger issue activity on provisioning task"] = (c => c.EventTasks[1].Trigger = new EventTriggerSettings
            {
                Activity = EventTriggerActivity.CreateIssue,
            }, $"{Provision}.trigger.activity", ConfigurationRule.Conflict),
            ["trigger activity unknown"] = (c => c.EventTasks[0].Trigger = new EventTriggerSettings
            {
                Activity = (EventTriggerActivity)99,
            }, $"{Create}.trigger.activity", ConfigurationRule.InvalidValue),
        };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Fact]
    public void Validate_SampleDocument_IsValid()
    {
        var result = ConfigurationValidator.Validate(SampleConfiguration.Valid());

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Validate_BrokenSetting_ReportsItsPathAndRule(string caseName)
    {
        var (change, path, rule) = Cases[caseName];
        var document = SampleConfiguration.Valid();
        change(document.Connectors[0]);

        var result = ConfigurationValidator.Validate(document);

        Assert.Contains(result.Problems, p => p.Path == path && p.Rule == rule);
        Assert.All(result.Problems, p => Assert.DoesNotContain("jira-token-XYZ", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsThemAllTogether()
    {
        var document = SampleConfiguration.Valid();
        document.Connectors[0].Name = null;
        document.Connectors[0].ScheduledTasks[0].Jql = null;
        document.Connectors[0].EventTasks[0].Template = null;

        var exception = Assert.Throws<ConfigurationValidationException>(
            () => ConfigurationValidator.ValidateAndThrow(document));

        Assert.Equal(["connectors[0].name", $"{Issues}.jql", $"{Create}.template"],
            exception.Problems.Select(p => p.Path).ToArray());
        Assert.Contains($"{Issues}.jql", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LoopbackHttpWithOptIn_IsAccepted()
    {
        var document = SampleConfiguration.Valid();
        document.Connectors[0].Jira.SiteUrl = "http://127.0.0.1:5080";
        document.Connectors[0].Jira.AllowInsecureLoopback = true;
        document.Connectors[0].Esm.BaseUrl = "http://[::1]:5081/itsm";
        document.Connectors[0].Esm.AllowInsecureLoopback = true;

        Assert.True(ConfigurationValidator.Validate(document).IsValid);
    }

    [Fact]
    public void Validate_OptInForNonLoopbackHttp_StillRefused()
    {
        var document = SampleConfiguration.Valid();
        document.Connectors[0].Jira.SiteUrl = "http://acme.atlassian.net";
        document.Connectors[0].Jira.AllowInsecureLoopback = true;

        var problem = Assert.Single(ConfigurationValidator.Validate(document).Problems);
        Assert.Equal(ConfigurationRule.InsecureUrl, problem.Rule);
    }

    [Fact]
    public void Validate_GatewayWithCloudId_DoesNotNeedSiteUrl()
    {
        var document = SampleConfiguration.Valid();
        var jira = document.Connectors[0].Jira;
        jira.SiteUrl = null;
        jira.CloudId = "35273b54-3f06-40d2-880f-dd28cf8daafa";
        jira.Authentication = JiraAuthenticationKind.ScopedApiToken;

        Assert.True(ConfigurationValidator.Validate(document).IsValid);
    }

    [Fact]
    public void Validate_ManualOnlySchedule_NeedsNoCron()
    {
        var document = SampleConfiguration.Valid();
        var schedule = document.Connectors[0].ScheduledTasks[0].Schedule;
        schedule.Cron = null;
        schedule.ManualOnly = true;

        Assert.True(ConfigurationValidator.Validate(document).IsValid);
    }

    [Fact]
    public void Validate_TriggersThatFitTheirTasks_AreValid()
    {
        var document = SampleConfiguration.Valid();
        document.Connectors[0].EventTasks[0].Trigger = new EventTriggerSettings
        {
            Activity = EventTriggerActivity.PushStatus,
            Conditions =
            [
                new EventTriggerCondition { Attribute = "status", EqualTo = "1 - New" },
                new EventTriggerCondition { Attribute = "support_group", EqualTo = "Software team" },
            ],
            LastModifiedAttribute = "modified",
            IntervalSeconds = 1,
        };
        document.Connectors[0].EventTasks[1].Trigger = new EventTriggerSettings
        {
            Activity = EventTriggerActivity.RemoveUserFromGroups,
        };

        var result = ConfigurationValidator.Validate(document);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
    }

    private static EventTriggerSettings Trigger(string? attribute, string? equalTo) => new()
    {
        Conditions = [new EventTriggerCondition { Attribute = attribute, EqualTo = equalTo }],
    };
}
