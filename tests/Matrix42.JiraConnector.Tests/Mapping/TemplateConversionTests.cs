using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Tests.Configuration;
using Matrix42.JiraConnector.Mapping;
using static Matrix42.JiraConnector.Tests.Mapping.MapTestKit;

namespace Matrix42.JiraConnector.Tests.Mapping;

/// <summary>Conversions chosen from the ESM attribute type of the target template.</summary>
public sealed class TemplateConversionTests
{
    private static readonly EsmTemplate Template = FakeEsmTemplateSource.Template("jira_issue", ["issues"],
        FakeEsmTemplateSource.Text("task_id"), FakeEsmTemplateSource.Number("points"),
        FakeEsmTemplateSource.Attribute("due", "date"), FakeEsmTemplateSource.Attribute("created_day", "date"),
        FakeEsmTemplateSource.Attribute("due_at", "datetime"), FakeEsmTemplateSource.Static("status", "1 - Open"),
        FakeEsmTemplateSource.Text("title"), FakeEsmTemplateSource.Reference("owner"),
        FakeEsmTemplateSource.Text("cost_text"));

    private static MappedCard MapWithTemplate(string issue, params AttributeMappingDefinition[] mappings) =>
        Issue(new ReadMapOptions { Fields = Catalog, Template = Template }, mappings).Map(ParseJson(issue));

    [Fact]
    public void Map_TextIntoNumberAttribute_ParsesInvariant()
    {
        var card = MapWithTemplate("""{"key":"A-1","fields":{"customfield_10060":"2.50"}}""",
            Map("fields.customfield_10060", "points"));

        Assert.Equal(2.5m, Single(card, "points").Number);
    }

    [Fact]
    public void Map_NonNumericTextIntoNumber_IsReportedAndSkipped()
    {
        var card = MapWithTemplate("""{"key":"A-1","fields":{"customfield_10060":"lots"}}""",
            Map("fields.customfield_10060", "points"));

        Assert.False(card.TryGetAttribute("points", out _));
        Assert.Equal(MappingProblemKind.ConversionFailed, Assert.Single(card.Problems).Kind);
    }

    [Fact]
    public void Map_DateTimeIntoEsmDateKeepsTime_DateIntoDateTimeIsMidnightUtc()
    {
        var card = MapWithTemplate(
            """{"key":"A-1","fields":{"created":"2024-03-10T23:30:00.000+0900","duedate":"2018-02-01"}}""",
            Map("fields.created", "created_day"), Map("fields.duedate", "due_at"), Map("fields.duedate", "due"));

        Assert.Equal(["2024-03-10T14:30:00.000Z"], Texts(card, "created_day"));
        Assert.Equal(["2018-02-01T00:00:00.000Z"], Texts(card, "due_at"));
        Assert.Equal(AttributeValue.FromDate(new DateOnly(2018, 2, 1)), Single(card, "due"));
    }

    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("2026-12-01T00:00:00.000+1400")]
    [InlineData("2026-12-01T23:59:00.000-1100")]
    [InlineData("2026-12-01T00:30:00+02:00")]
    public void Map_DateOnlyCustomFieldIntoEsmDate_KeepsTheCalendarDayOfItsOwnZone(string jiraText)
    {
        var card = MapWithTemplate($$$"""{"key":"A-1","fields":{"customfield_10040":"{{{jiraText}}}"}}""",
            Map("fields.customfield_10040", "due"));

        Assert.Equal(AttributeValue.FromDate(new DateOnly(2026, 12, 1)), Single(card, "due"));
        Assert.Equal(EsmValue.Date(new DateOnly(2026, 12, 1)), EsmValueConversion.ToEsmValue(Single(card, "due")));
        Assert.Empty(card.Problems);
    }

    [Fact]
    public void Map_NumberIntoText_KeepsDecimals()
    {
        var card = MapWithTemplate("""{"key":"A-1","fields":{"customfield_10043":1000.323}}""",
            Map("fields.customfield_10043", "cost_text"));

        Assert.Equal(AttributeValue.FromText("1000.323"), Single(card, "cost_text"));
    }

    [Fact]
    public void Map_IntoStaticValueAttribute_GivesStaticValue()
    {
        var card = MapWithTemplate("""{"key":"A-1","fields":{"status":{"name":"1 - Open"}}}""",
            Map("fields.status", "status"));

        Assert.Equal(AttributeValue.FromStatic("1 - Open"), Single(card, "status"));
    }

    [Fact]
    public void Map_SeveralValuesIntoSingleTextAttribute_JoinsThem()
    {
        var card = MapWithTemplate("""{"key":"A-1","fields":{"labels":["a","b"]}}""", Map("fields.labels", "title"));

        Assert.Equal(["a, b"], Texts(card, "title"));
    }

    [Fact]
    public void Map_SeveralValuesIntoSingleNumber_UsesFirstAndReports()
    {
        var card = MapWithTemplate("""{"key":"A-1","fields":{"labels":["1","2"]}}""", Map("fields.labels", "points"));

        Assert.Equal(1m, Single(card, "points").Number);
        Assert.Equal(MappingProblemKind.TooManyValues, Assert.Single(card.Problems).Kind);
    }

    [Fact]
    public void Compile_ReferenceAttributeWithoutIndex_IsRefused()
    {
        var exception = Assert.Throws<MappingCompilationException>(() =>
            Issue(new ReadMapOptions { Template = Template }, Map("fields.assignee.accountId", "owner")));

        Assert.Equal("mappings[0].referenceIndex", Assert.Single(exception.Problems).Path);
    }

    [Fact]
    public void Compile_UnknownAttributeOrBadConstant_AreReportedTogether()
    {
        var exception = Assert.Throws<MappingCompilationException>(() =>
            Issue(new ReadMapOptions { Template = Template }, Map("fields.summary", "nope"),
                new AttributeMappingDefinition { Constant = "many", Target = "points" }));

        Assert.Equal([ConfigurationRule.UnknownAttribute, ConfigurationRule.InvalidValue],
            exception.Problems.Select(p => p.Rule).ToArray());
    }
}
