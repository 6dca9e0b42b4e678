using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Mapping;
using static Matrix42.JiraConnector.Tests.Mapping.MapTestKit;

namespace Matrix42.JiraConnector.Tests.Mapping;

public sealed class CompiledWriteMapTests
{
    private static FieldMappingDefinition F(string source, string field) => new() { Source = source, Field = field };

    private static JsonObject Write(FieldMappingDefinition mapping, params AttributeValue[] values) =>
        CompiledWriteMap.Compile([mapping], Catalog).Write(Card((mapping.Source!, values))).Fields;

    [Fact]
    public void Write_SummaryWithLineBreaks_IsOneTrimmedLine_C18()
    {
        var fields = Write(F("subject", "summary"), T("  Printer on floor 3\r\nnot working \n"));

        Assert.Equal("Printer on floor 3 not working", fields["summary"]!.GetValue<string>());
    }

    [Fact]
    public void Write_NumberGivenAsText_IsJsonNumber_C19()
    {
        var fields = Write(F("points", "customfield_10016"), T("0.5"));

        Assert.Equal("{\"customfield_10016\":0.5}", fields.ToJsonString());
    }

    [Theory]
    [InlineData("10054/10056", "{\"customfield_10045\":{\"id\":\"10054\",\"child\":{\"id\":\"10056\"}}}")]
    [InlineData("10054", "{\"customfield_10045\":{\"id\":\"10054\"}}")]
    [InlineData("America / Costa Rica",
        "{\"customfield_10045\":{\"value\":\"America\",\"child\":{\"value\":\"Costa Rica\"}}}")]
    public void Write_CascadingSelect_HasChildOnlyWhenGiven_C20(string value, string expected)
    {
        Assert.Equal(expected, Write(F("region", "customfield_10045"), T(value)).ToJsonString());
    }

    [Fact]
    public void Write_MultiSelectThroughValueTable_GivesOptionIds_C20()
    {
        var mapping = F("choices", "customfield_10046");
        mapping.ValueTable = new Dictionary<string, string> { ["Option 1"] = "10044", ["Option 2"] = "10045" };

        var fields = Write(mapping, AttributeValue.FromStatic("Option 1"), AttributeValue.FromStatic("Option 2"));

        Assert.Equal("{\"customfield_10046\":[{\"id\":\"10044\"},{\"id\":\"10045\"}]}", fields.ToJsonString());
    }

    [Fact]
    public void Write_SprintId_IsNumber_C21()
    {
        Assert.Equal("{\"customfield_10020\":4}", Write(F("sprint", "[\"Sprint\"]"), T("4")).ToJsonString());
    }

    [Fact]
    public void Write_SprintName_IsReportedNotSent()
    {
        var result = CompiledWriteMap.Compile([F("sprint", "customfield_10020")], Catalog)
            .Write(Card(("sprint", [T("KP Sprint 3")])));

        Assert.Empty(result.Fields);
        Assert.Equal(MappingProblemKind.ConversionFailed, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void Write_SystemFields_TakeTheirJiraShapes()
    {
        var map = CompiledWriteMap.Compile(
        [
            new FieldMappingDefinition { Constant = "ACME", Field = "project" },
            new FieldMappingDefinition { Constant = "10002", Field = "issuetype" },
            F("prio", "priority"), F("owner", "assignee"), F("tags", "labels"), F("due", "duedate"),
        ]);

        var fields = map.Write(Card(("prio", [AttributeValue.FromStatic("High")]), ("owner", [T("acc-1")]),
            ("tags", [T("a"), T("b")]), ("due", [AttributeValue.FromDate(new DateOnly(2026, 1, 31))]))).Fields;

        Assert.Equal(
            "{\"project\":{\"key\":\"ACME\"},\"issuetype\":{\"id\":\"10002\"},\"priority\":{\"name\":\"High\"}," +
            "\"assignee\":{\"accountId\":\"acc-1\"},\"labels\":[\"a\",\"b\"],\"duedate\":\"2026-01-31\"}",
            fields.ToJsonString());
    }

    [Fact]
    public void Write_WithCatalog_UserArrayAndDateTimeFollowSchema()
    {
        var catalog = new JiraFieldCatalog(Catalog.FindByName("Reviewers").Concat(Catalog.FindByName("Go-live at")));
        var map = CompiledWriteMap.Compile(
            [F("reviewers", "customfield_10051"), F("at", "customfield_10041")], catalog);
        var at = AttributeValue.FromDateTime(new DateTimeOffset(2026, 1, 31, 10, 0, 0, TimeSpan.FromHours(2)));

        var fields = map.Write(Card(("reviewers", [T("acc-1"), T("acc-2")]), ("at", [at]))).Fields;

        Assert.Equal("""[{"accountId":"acc-1"},{"accountId":"acc-2"}]""", fields["customfield_10051"]!.ToJsonString());
        Assert.Equal("2026-01-31T08:00:00.000+0000", fields["customfield_10041"]!.GetValue<string>());
    }

    [Fact]
    public void Write_DescriptionText_IsAdfObjectWithoutEmptyTextNodes_C16()
    {
        var fields = Write(F("body", "description"), T("Line 1\n\nLine 2 <b>&</b>"));

        Assert.Equal(
            """{"type":"doc","version":1,"content":[""" +
            """{"type":"paragraph","content":[{"type":"text","text":"Line 1"}]},""" +
            """{"type":"paragraph","content":[{"type":"text","text":"Line 2 <b>&</b>"}]}]}""",
            fields["description"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions
            {
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }));
    }

    [Fact]
    public void Write_EmptyDescriptionOnCreate_IsOmitted_C17()
    {
        var map = CompiledWriteMap.Compile([F("subject", "summary"), F("body", "description")]);

        var fields = map.Write(Card(("subject", [T("Badge reader")]), ("body", [])), JiraWriteMode.Create).Fields;

        Assert.Equal("{\"summary\":\"Badge reader\"}", fields.ToJsonString());
    }

    [Fact]
    public void Write_EmptyOnUpdate_ClearsButNeverTheSummary_C17()
    {
        var map = CompiledWriteMap.Compile([F("subject", "summary"), F("body", "description"), F("tags", "labels")]);

        var result = map.Write(Card(("subject", [T(" ")]), ("body", []), ("tags", [])), JiraWriteMode.Update);

        Assert.Equal("{\"description\":null,\"labels\":[]}", result.Fields.ToJsonString());
        Assert.Equal("summary", Assert.Single(result.Problems).Target);
    }

    [Fact]
    public void Write_AttributeNotOnCard_WritesNothing()
    {
        var map = CompiledWriteMap.Compile([F("body", "description")]);

        Assert.Empty(map.Write(Card(), JiraWriteMode.Update).Fields);
    }

    [Fact]
    public void Compile_UnknownOrAmbiguousField_ListsEveryProblem()
    {
        var exception = Assert.Throws<MappingCompilationException>(() =>
            CompiledWriteMap.Compile([F("a", "Team"), F("b", "[\"Team\"]"), F("c", "[\"Nope\"]")], Catalog));

        Assert.Equal([ConfigurationRule.UnknownField, ConfigurationRule.AmbiguousField, ConfigurationRule.UnknownField],
            exception.Problems.Select(p => p.Rule).ToArray());
    }
}
