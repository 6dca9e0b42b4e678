using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Microsoft.Extensions.Logging.Testing;
using static Matrix42.JiraConnector.Tests.Mapping.MapTestKit;

namespace Matrix42.JiraConnector.Tests.Configuration;

public sealed class OnlineConfigurationValidatorTests
{
    private const string Issues = "connectors[0].scheduledTasks[0]";
    private const string Create = "connectors[0].eventTasks[0]";

    private readonly FakeJiraMetadataSource _jira = new();
    private readonly FakeEsmTemplateSource _esm = new();

    [Fact]
    public async Task ValidateAsync_SampleAgainstMatchingServices_IsValidAndReturnsCatalog()
    {
        var result = await ValidateAsync(SampleConfiguration.Valid());

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(["project = ACME ORDER BY key"], _jira.CheckedQueries);
        Assert.Equal("customfield_10016", result.FieldCatalogs["conn-1"].FindByName("story points")[0].Id);
        Assert.Equal(5, _esm.Reads);
    }

    [Fact]
    public async Task ValidateAsync_AmbiguousDisplayName_ListsEveryCandidate()
    {
        _jira.Fields.Add(Field("customfield_10028", "Story Points", "number"));

        var result = await ValidateAsync(SampleConfiguration.Valid());

        var problem = Assert.Single(result.Problems);
        Assert.Equal(
            ($"{Issues}.generic.mappings[3].source", ConfigurationRule.AmbiguousField), (problem.Path, problem.Rule));
        Assert.Contains("customfield_10016", problem.Message, StringComparison.Ordinal);
        Assert.Contains("customfield_10028", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_UnknownDisplayNameAndId_AreReported()
    {
        var document = SampleConfiguration.Valid();
        document.Connectors[0].EventTasks[0].Mappings[3].Field = "[\"Area\"]";
        document.Connectors[0].ScheduledTasks[0].Generic!.Mappings[0].Source = "fields.customfield_19999";

        var result = await ValidateAsync(document);

        Assert.Contains(result.Problems, p => p.Path == $"{Create}.mappings[3].field" &&
                                              p.Rule == ConfigurationRule.UnknownField);
        Assert.Contains(result.Problems, p => p.Path == $"{Issues}.generic.mappings[0].source" &&
                                              p.Rule == ConfigurationRule.UnknownField);
    }

    [Fact]
    public async Task ValidateAsync_JqlRejected_ReportsJirasMessage()
    {
        var document = SampleConfiguration.Valid();
        document.Connectors[0].ScheduledTasks[0].Jql = "project BROKEN";

        var problem = Assert.Single((await ValidateAsync(document)).Problems);

        Assert.Equal(($"{Issues}.jql", ConfigurationRule.InvalidJql), (problem.Path, problem.Rule));
        Assert.Contains("Expecting operator", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_TemplateFolderAttributeAndStaticValue_AreChecked()
    {
        var document = SampleConfiguration.Valid();
        var generic = document.Connectors[0].ScheduledTasks[0].Generic!;
        generic.Folder = "elsewhere";
        generic.TaskIdAttribute = "taskid_typo";
        generic.Removed.Value = "Gone";
        generic.Mappings[1].ValueTable["In Progress"] = "2 - Working";
        document.Connectors[0].EventTasks[1].Template = "no_such_template";

        var problems = (await ValidateAsync(document)).Problems.Select(p => (p.Path, p.Rule)).ToList();

        Assert.Contains(($"{Issues}.generic.folder", ConfigurationRule.UnknownFolder), problems);
        Assert.Contains(($"{Issues}.generic.taskIdAttribute", ConfigurationRule.UnknownAttribute), problems);
        Assert.Contains(($"{Issues}.generic.removed.value", ConfigurationRule.UnknownStaticValue), problems);
        Assert.Contains(($"{Issues}.generic.mappings[1].valueTable.In Progress", ConfigurationRule.UnknownStaticValue),
            problems);
        Assert.Contains(("connectors[0].eventTasks[1].template", ConfigurationRule.UnknownTemplate), problems);
    }

    [Fact]
    public async Task ValidateAsync_ReferenceMappingToTextAttribute_IsReported()
    {
        var document = SampleConfiguration.Valid();
        document.Connectors[0].ScheduledTasks[0].Generic!.Mappings[2].Target = "subject_ref";
        _esm.Templates["jira_issue"] = _esm.Templates["jira_issue"] with
        {
            Attributes = new Dictionary<string, EsmTemplateAttribute>(_esm.Templates["jira_issue"].Attributes)
            {
                ["subject_ref"] = FakeEsmTemplateSource.Text("subject_ref"),
            },
        };

        var problem = Assert.Single((await ValidateAsync(document)).Problems);

        Assert.Equal(
            ($"{Issues}.generic.mappings[2].target", ConfigurationRule.InvalidValue), (problem.Path, problem.Rule));
    }

    [Fact]
    public async Task ValidateAsync_FieldListUnavailable_ReportsCheckFailedAndGoesOn()
    {
        _jira.FailFieldList = true;
        var document = SampleConfiguration.Valid();
        document.Connectors[0].EventTasks[0].Folder = "wrong";

        var problems = (await ValidateAsync(document)).Problems;

        Assert.Contains(problems, p => p.Path == "connectors[0].jira" && p.Rule == ConfigurationRule.CheckFailed);
        Assert.Contains(problems, p => p.Path == $"{Create}.folder" && p.Rule == ConfigurationRule.UnknownFolder);
    }

    [Fact]
    public async Task ValidateAsync_FailedCheck_LogsEventIdsWithoutValues()
    {
        _jira.FailFieldList = true;
        var logger = new FakeLogger();

        await new OnlineConfigurationValidator(_ => _jira, _ => _esm, logger)
            .ValidateAsync(SampleConfiguration.Valid());

        var records = logger.Collector.GetSnapshot();
        Assert.Equal([3001, 3000], records.Select(r => r.Id.Id).ToArray());
        Assert.Contains("HttpRequestException", records[0].Message, StringComparison.Ordinal);
        Assert.All(records, r => Assert.DoesNotContain("integration@example.com", r.Message, StringComparison.Ordinal));
    }

    private Task<OnlineValidationResult> ValidateAsync(ConnectorConfigurationDocument document) =>
        new OnlineConfigurationValidator(_ => _jira, _ => _esm).ValidateAsync(document);
}
