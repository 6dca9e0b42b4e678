using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Mapping;
using static Matrix42.JiraConnector.Tests.Mapping.MapTestKit;

namespace Matrix42.JiraConnector.Tests.Mapping;

public sealed class CompiledReadMapTests
{
    private const string Issue1 = """
        {"id":"10001","key":"ACME-1","fields":{
          "summary":"Printer broken","status":{"name":"In Progress","id":"3"},
          "assignee":{"accountId":"acc-alice","displayName":"Alice","emailAddress":"alice@example.com"},
          "reporter":{"accountId":"acc-bob","displayName":"Bob"},
          "labels":["hw","floor-3"],"priority":{"name":"High","id":"2"},
          "created":"2024-03-10T23:30:00.000+0900","duedate":"2018-02-01",
          "resolutiondate":null,"components":[]}}
        """;

    [Theory]
    [InlineData("key", "ACME-1")]
    [InlineData("id", "10001")]
    [InlineData("fields.summary", "Printer broken")]
    [InlineData("fields.status.name", "In Progress")]
    [InlineData("fields.assignee.accountId", "acc-alice")]
    [InlineData("fields.assignee", "acc-alice")]
    [InlineData("fields.assignee.displayName", "Alice")]
    [InlineData("fields.priority", "High")]
    [InlineData("fields.created", "2024-03-10T14:30:00.000Z")]
    [InlineData("fields.duedate", "2018-02-01")]
    public void Map_SystemFieldPath_ReadsTheValue(string path, string expected)
    {
        var card = Issue(Map(path, "out")).Map(ParseJson(Issue1));

        Assert.Equal([expected], Texts(card, "out"));
        Assert.Empty(card.Problems);
    }

    [Fact]
    public void Map_DateFields_KeepTheirKind()
    {
        var card = Issue(Map("fields.created", "created"), Map("fields.duedate", "due")).Map(ParseJson(Issue1));

        Assert.Equal(AttributeValueKind.DateTime, Single(card, "created").Kind);
        Assert.Equal(TimeSpan.Zero, Single(card, "created").Instant.Offset);
        Assert.Equal(new DateOnly(2018, 2, 1), Single(card, "due").Date);
        Assert.Equal(AttributeValueKind.Date, Single(card, "due").Kind);
    }

    [Fact]
    public void Map_ReporterEmailHidden_LeavesAttributeUntouched()
    {
        var card = Issue(Map("fields.reporter.emailAddress", "mail")).Map(ParseJson(Issue1));

        Assert.False(card.TryGetAttribute("mail", out _));
    }

    [Fact]
    public void Map_FieldNotReturned_IsAbsentButNullClears()
    {
        var card = Issue(Map("fields.description", "desc"), Map("fields.resolutiondate", "resolved"),
            Map("fields.components", "components")).Map(ParseJson(Issue1));

        Assert.False(card.TryGetAttribute("desc", out _));
        Assert.True(card.TryGetAttribute("resolved", out var resolved) && resolved.IsEmpty);
        Assert.True(card.TryGetAttribute("components", out var components) && components.IsEmpty);
    }

    [Fact]
    public void Map_ArrayField_GivesMultiValueOrJoinedText()
    {
        var map = Issue(Map("fields.labels", "tags"),
            new AttributeMappingDefinition { Source = "fields.labels", Target = "tag_text", JoinWith = "; " });

        var card = map.Map(ParseJson(Issue1));

        Assert.Equal(["hw", "floor-3"], Texts(card, "tags"));
        Assert.Equal(["hw; floor-3"], Texts(card, "tag_text"));
    }

    [Fact]
    public void Map_ValueTable_TranslatesUsesDefaultOrReports()
    {
        var table = new Dictionary<string, string> { ["in progress"] = "2 - Working" };
        var map = Issue(
            new AttributeMappingDefinition { Source = "fields.status.name", Target = "status", ValueTable = table },
            new AttributeMappingDefinition { Source = "fields.priority.name", Target = "prio", ValueTable = table },
            new AttributeMappingDefinition
            {
                Source = "fields.priority.name", Target = "prio2", ValueTable = table, ValueTableDefault = "3 - Normal",
            });

        var card = map.Map(ParseJson(Issue1));

        Assert.Equal(AttributeValue.FromStatic("2 - Working"), Single(card, "status"));
        Assert.Equal(AttributeValue.FromStatic("3 - Normal"), Single(card, "prio2"));
        Assert.False(card.TryGetAttribute("prio", out _));
        var problem = Assert.Single(card.Problems);
        Assert.Equal((MappingProblemKind.UnmappedValue, "prio", "High"), (problem.Kind, problem.Target, problem.Value));
    }

    [Fact]
    public void Map_ConstantStampsAndMatchKey_AreWritten()
    {
        var target = Target(new AttributeMappingDefinition { Constant = "jira", Target = "origin" });
        target.DataSourceTypeAttribute = "source_type";
        target.MatchKey = new MatchKeySettings { Attribute = "jira_id" };
        var map = CompiledReadMap.Compile(target, JiraEntityKind.Issue, new ReadMapOptions { TaskId = "task-7" });

        var card = map.Map(ParseJson(Issue1));

        // The natural key of an issue is its id: the key changes when the issue moves to another project.
        Assert.Equal("10001", card.Key);
        Assert.Equal(["jira"], Texts(card, "origin"));
        Assert.Equal(["10001"], Texts(card, "jira_id"));
        Assert.Equal(["task-7"], Texts(card, "task_id"));
        Assert.Equal(["jira"], Texts(card, "source_type"));
    }

    [Fact]
    public void Map_EscapedOrRepeatedFieldNames_ReadLikeAPropertyLookup()
    {
        var card = Issue(Map("fields.summary", "title"), Map("fields.labels", "tags"))
            .Map(ParseJson("""{"key":"A-1","fields":{"summ\u0061ry":"escaped","labels":["a"],"labels":["b"]}}"""));

        Assert.Equal(["escaped"], Texts(card, "title"));
        Assert.Equal(["b"], Texts(card, "tags"));
    }

    [Fact]
    public void Map_FieldsObjectMissingOrNull_LeavesFieldAttributesUntouched()
    {
        var map = Issue(Map("fields.summary", "title"), Map("key", "key"));

        var missing = map.Map(ParseJson("""{"key":"A-1"}"""));
        var nullFields = map.Map(ParseJson("""{"key":"A-2","fields":null}"""));

        Assert.False(missing.TryGetAttribute("title", out _));
        Assert.False(nullFields.TryGetAttribute("title", out _));
        Assert.Equal(["A-2"], Texts(nullFields, "key"));
    }

    [Fact]
    public void Map_PropertyOfText_ReportsUnexpectedShape()
    {
        var card = Issue(Map("fields.summary.name", "out")).Map(ParseJson(Issue1));

        Assert.False(card.TryGetAttribute("out", out _));
        Assert.Equal(MappingProblemKind.UnexpectedShape, Assert.Single(card.Problems).Kind);
    }

    [Fact]
    public void Compile_ListsTheJiraFieldsToRequest()
    {
        var map = Issue(Map("fields.summary", "a"), Map("fields[\"Story Points\"]", "b"),
            Map("fields.status.name", "c"), Map("key", "d"));

        Assert.Equal(["customfield_10016", "status", "summary"], map.JiraFields);
    }

    [Fact]
    public void Compile_AmbiguousDisplayName_ThrowsListingCandidates()
    {
        var exception = Assert.Throws<MappingCompilationException>(() => Issue(Map("fields[\"Team\"]", "team")));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal(ConfigurationRule.AmbiguousField, problem.Rule);
        Assert.Contains("customfield_10060", problem.Message, StringComparison.Ordinal);
        Assert.Contains("customfield_10061", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownPathAndDisplayNameWithoutCatalog_ReportsBoth()
    {
        var exception = Assert.Throws<MappingCompilationException>(() =>
            Issue(new ReadMapOptions(), Map("fields.sumary", "a"), Map("fields[\"Story Points\"]", "b")));

        Assert.Equal(["mappings[0].source", "mappings[1].source"], exception.Problems.Select(p => p.Path).ToArray());
    }

    [Fact]
    public void Map_DescriptionAsAdfStringOrNull_AllLoad()
    {
        var map = Issue(Map("fields.description", "desc"));
        var page = ParseJson("""
            {"issues":[
             {"key":"ACME-13","fields":{"description":{"type":"doc","version":1,"content":[
              {"type":"paragraph","content":[{"type":"text","text":"Hello"}]}]}}},
             {"key":"ACME-14","fields":{"description":"Hello *wiki*"}},
             {"key":"ACME-15","fields":{"description":null}}]}
            """);

        var cards = page.GetProperty("issues").EnumerateArray().Select(i => map.Map(i)).ToList();

        Assert.Equal(["Hello"], Texts(cards[0], "desc"));
        Assert.Equal(["Hello *wiki*"], Texts(cards[1], "desc"));
        Assert.True(cards[2].TryGetAttribute("desc", out var empty) && empty.IsEmpty);
    }
}
