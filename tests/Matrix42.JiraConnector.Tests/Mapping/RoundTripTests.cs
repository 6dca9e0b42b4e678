using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Mapping;
using static Matrix42.JiraConnector.Tests.Mapping.MapTestKit;

namespace Matrix42.JiraConnector.Tests.Mapping;

/// <summary>Jira value → ESM value → Jira value gives back what Jira accepts for the same field.</summary>
public sealed class RoundTripTests
{
    private const string HiDocument =
        "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\"," +
        "\"content\":[{\"type\":\"text\",\"text\":\"Hi\"}]}]}";

    [Theory]
    [InlineData("summary", "\"Printer broken\"", "\"Printer broken\"")]
    [InlineData("customfield_10016", "0.5", "0.5")]
    [InlineData("customfield_10043", "1000.323", "1000.323")]
    [InlineData("duedate", "\"2018-02-01\"", "\"2018-02-01\"")]
    [InlineData("customfield_10041", "\"2021-02-23T01:00:00.000+0100\"", "\"2021-02-23T00:00:00.000+0000\"")]
    [InlineData("customfield_10044", "{\"value\":\"Option 1\",\"id\":\"10040\"}", "{\"value\":\"Option 1\"}")]
    [InlineData("customfield_10045",
        "{\"value\":\"America\",\"id\":\"10054\",\"child\":{\"value\":\"Costa Rica\",\"id\":\"10056\"}}",
        "{\"value\":\"America\",\"child\":{\"value\":\"Costa Rica\"}}")]
    [InlineData("customfield_10046", "[{\"value\":\"A\",\"id\":\"1\"},{\"value\":\"B\",\"id\":\"2\"}]",
        "[{\"value\":\"A\"},{\"value\":\"B\"}]")]
    [InlineData("labels", "[\"hw\",\"floor-3\"]", "[\"hw\",\"floor-3\"]")]
    [InlineData("assignee", "{\"accountId\":\"acc-1\",\"displayName\":\"A\"}", "{\"accountId\":\"acc-1\"}")]
    [InlineData("priority", "{\"name\":\"High\",\"id\":\"2\"}", "{\"name\":\"High\"}")]
    [InlineData("customfield_10051", "[{\"accountId\":\"acc-1\"},{\"accountId\":\"acc-2\"}]",
        "[{\"accountId\":\"acc-1\"},{\"accountId\":\"acc-2\"}]")]
    [InlineData("customfield_10050", HiDocument, HiDocument)]
    public void ReadThenWrite_SameField_GivesJiraShape(string field, string jiraValue, string expected)
    {
        var read = Issue(Map("fields." + field, "attr"));
        var card = read.Map(ParseJson($"{{\"key\":\"A-1\",\"fields\":{{\"{field}\":{jiraValue}}}}}"));
        Assert.True(card.TryGetAttribute("attr", out var mapped));

        var write = CompiledWriteMap.Compile([new FieldMappingDefinition { Source = "attr", Field = field }], Catalog);
        var fields = write.Write(Card(("attr", mapped.ToArray()))).Fields;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), fields[field]), fields[field]!.ToJsonString());
    }

    [Fact]
    public void ReadThenWrite_SprintIdByPath_GivesNumber()
    {
        var card = Issue(Map("fields.customfield_10020[].id", "sprint"))
            .Map(ParseJson("""{"key":"A-1","fields":{"customfield_10020":[{"id":4,"name":"KP Sprint 3"}]}}"""));

        var fields = CompiledWriteMap.Compile(
                [new FieldMappingDefinition { Source = "sprint", Field = "customfield_10020" }], Catalog)
            .Write(Card(("sprint", [Single(card, "sprint")]))).Fields;

        Assert.Equal("{\"customfield_10020\":4}", fields.ToJsonString());
    }

    [Fact]
    public void ReadThenWrite_CascadingIdsByPath_GivesIds()
    {
        var card = Issue(
                new AttributeMappingDefinition { Source = "fields.customfield_10045.id", Target = "p" },
                new AttributeMappingDefinition { Source = "fields.customfield_10045.child.id", Target = "c" })
            .Map(ParseJson("""
                {"key":"A-1","fields":{"customfield_10045":
                 {"value":"America","id":"10054","child":{"value":"Costa Rica","id":"10056"}}}}
                """));
        var combined = AttributeValue.FromText(Single(card, "p").Text + "/" + Single(card, "c").Text);

        var fields = CompiledWriteMap.Compile(
                [new FieldMappingDefinition { Source = "r", Field = "customfield_10045" }], Catalog)
            .Write(Card(("r", [combined]))).Fields;

        Assert.Equal("{\"id\":\"10054\",\"child\":{\"id\":\"10056\"}}", fields["customfield_10045"]!.ToJsonString());
        Assert.IsType<JsonObject>(fields["customfield_10045"]);
    }
}
