using System.Text.Json;
using Matrix42.JiraConnector.Mapping;
using Matrix42.JiraConnector.TestSupport;
using static Matrix42.JiraConnector.Tests.Mapping.MapTestKit;

namespace Matrix42.JiraConnector.Tests.Mapping;

/// <summary>The custom-field cases of the real-world case list, against the shared fixtures.</summary>
public sealed class CustomFieldCaseTests
{
    private static readonly JsonElement SearchPage = JsonDocument.Parse(File.ReadAllText(
        SharedFiles.JiraFixture("ctreminiom__go-atlassian__jira_v3_mocks_search-issues.json"))).RootElement;

    private static readonly JsonElement Webhook = JsonDocument.Parse(File.ReadAllText(SharedFiles.JiraFixture(
        "mattermost__mattermost-plugin-jira__server_testdata_webhook-cloud-issue-created-many-fields.json")))
        .RootElement;

    private static JsonElement SearchIssue(string key) =>
        SearchPage.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("key").GetString() == key);

    [Fact]
    public void Map_CascadingSingleAndMultiSelect_C20()
    {
        var map = Issue(Map("fields.customfield_10045", "region"), Map("fields.customfield_10045.child.id", "child_id"),
            Map("fields.customfield_10044", "single"), Map("fields.customfield_10046", "multi"));

        var card = map.Map(SearchIssue("KP-2"));

        Assert.Equal(["America / Costa Rica"], Texts(card, "region"));
        Assert.Equal(["10056"], Texts(card, "child_id"));
        Assert.Equal(["Option 1"], Texts(card, "single"));
        Assert.Equal(["Option 1", "Option 2", "Option 3"], Texts(card, "multi"));
    }

    [Fact]
    public void Map_NumbersKeepDecimals_C19()
    {
        var map = Issue(Map("fields.customfield_10043", "cost"), Map("fields.customfield_10036", "other"));

        var kp12 = map.Map(SearchIssue("KP-12"));
        var kp1 = map.Map(SearchIssue("KP-1"));

        Assert.Equal(1000.323m, Single(kp12, "cost").Number);
        Assert.Equal(["111"], Texts(kp1, "other"));
        Assert.Equal(AttributeValueKind.Number, Single(kp1, "other").Kind);
    }

    [Fact]
    public void Map_StringEncodedValues_ParsedOnlyWhenSchemaSaysNumber_C19()
    {
        var map = Issue(Map("fields.customfield_10037", "estimate"), Map("fields.customfield_10038", "budget"),
            Map("fields.customfield_10033", "flag"));

        var card = map.Map(Webhook.GetProperty("issue"));

        Assert.Equal(AttributeValue.FromNumber(0m), Single(card, "estimate"));
        Assert.Equal(AttributeValue.FromText("0.0"), Single(card, "budget"));
        Assert.Equal(AttributeValue.FromText("true"), Single(card, "flag"));
    }

    [Fact]
    public void Map_SprintObjects_ByPathOrBySchema_C21()
    {
        var map = Issue(Map("fields.customfield_10020[].name", "sprint"), Map("fields[\"Sprint\"]", "sprint_by_schema"),
            Map("fields.customfield_10020[].id", "sprint_id"));

        var card = map.Map(SearchIssue("KP-18"));

        Assert.Equal(["KP Sprint 3"], Texts(card, "sprint"));
        Assert.Equal(["KP Sprint 3"], Texts(card, "sprint_by_schema"));
        Assert.Equal(["4"], Texts(card, "sprint_id"));
    }

    [Fact]
    public void Map_LegacySprintText_ReadsNameAndGoalWithCommas_C21()
    {
        const string legacySprint =
            "com.atlassian.greenhopper.service.sprint.Sprint@658a6b7d[id=318,rapidViewId=174,state=CLOSED," +
            "name=ACME Sprint 30,startDate=2018-05-01T09:24:47.212-07:00,endDate=2018-05-15T09:00:00.000-07:00," +
            "completeDate=<null>,sequence=318,goal=Ship login, fix search,]";
        var issue = ParseJson($$$"""
            {"key":"ACME-21","fields":{"customfield_10021":["{{{legacySprint}}}"]}}
            """);
        var map = Issue(Map("fields.customfield_10021", "sprint"), Map("fields.customfield_10021[].goal", "goal"),
            Map("fields.customfield_10021[].completeDate", "completed"), Map("fields.customfield_10021[].id", "id"));

        var card = map.Map(issue);

        Assert.Equal(["ACME Sprint 30"], Texts(card, "sprint"));
        Assert.Equal(["Ship login, fix search"], Texts(card, "goal"));
        Assert.True(card.TryGetAttribute("completed", out var completed) && completed.IsEmpty);
        Assert.Equal(["318"], Texts(card, "id"));
    }

    [Fact]
    public void Map_LegacySprintStringInWebhook_ReadsName_C21()
    {
        var card = Issue(Map("fields.customfield_10021", "sprint")).Map(Webhook.GetProperty("issue"));

        Assert.Equal(["SCRUM1 Sprint 1"], Texts(card, "sprint"));
    }

    [Fact]
    public void Map_OptionObjectInSprintField_UsesItsValueWithoutFailing_C21()
    {
        var issue = ParseJson("""
            {"key":"ACME-22","fields":{"customfield_10020":[
             {"self":"https://acme.atlassian.net/rest/api/2/customFieldOption/10000",
              "value":"Impediment","id":"10000"}]}}
            """);

        var card = Issue(Map("fields.customfield_10020", "sprint"), Map("fields.customfield_10020[].name", "name"))
            .Map(issue);

        Assert.Equal(["Impediment"], Texts(card, "sprint"));
        Assert.False(card.TryGetAttribute("name", out _));
        var problem = Assert.Single(card.Problems);
        Assert.Equal((MappingProblemKind.UnexpectedShape, "name"), (problem.Kind, problem.Target));
    }

    [Fact]
    public void Map_DateAndDateTimeBySchema_StringStaysText_C02()
    {
        var issue = ParseJson("""
            {"key":"ACME-2","fields":{"duedate":"2018-02-01","customfield_10040":"2021-02-23",
             "customfield_10041":"2021-02-23T00:00:00.000+0000","customfield_10034":"2019-08-27 19:43:24.193"}}
            """);
        var map = Issue(Map("fields.duedate", "due"), Map("fields.customfield_10040", "golive"),
            Map("fields.customfield_10041", "golive_at"), Map("fields.customfield_10034", "imported"));

        var card = map.Map(issue);

        Assert.Equal(AttributeValue.FromDate(new DateOnly(2018, 2, 1)), Single(card, "due"));
        Assert.Equal(AttributeValue.FromDate(new DateOnly(2021, 2, 23)), Single(card, "golive"));
        Assert.Equal(AttributeValue.FromDateTime(new DateTimeOffset(2021, 2, 23, 0, 0, 0, TimeSpan.Zero)),
            Single(card, "golive_at"));
        Assert.Equal(AttributeValue.FromText("2019-08-27 19:43:24.193"), Single(card, "imported"));
        Assert.Empty(card.Problems);
    }

    [Fact]
    public void Map_TimestampsWithCompactOffsets_BecomeUtc_C01()
    {
        var issue = ParseJson("""
            {"key":"ACME-1","fields":{"created":"2024-03-10T23:30:00.000+0900",
             "updated":"2024-03-11T01:05:07.123-0500","resolutiondate":"2024-03-11T00:00:00.000+0000"}}
            """);
        var map = Issue(Map("fields.created", "c"), Map("fields.updated", "u"), Map("fields.resolutiondate", "r"));

        var card = map.Map(issue);

        Assert.Equal(["2024-03-10T14:30:00.000Z"], Texts(card, "c"));
        Assert.Equal(["2024-03-11T06:05:07.123Z"], Texts(card, "u"));
        Assert.Equal(["2024-03-11T00:00:00.000Z"], Texts(card, "r"));
    }

    [Fact]
    public void Map_EveryIssueWithOddShapes_LoadsWithoutException_C22()
    {
        var odd = new[]
        {
            "customfield_10000", "customfield_10018", "customfield_10019", "customfield_10022", "customfield_10039",
            "timetracking", "aggregateprogress", "votes",
        };
        var map = Issue(odd.Select(f => Map("fields." + f, f)).Append(Map("fields.summary", "summary")).ToArray());
        var single = JsonDocument.Parse(File.ReadAllText(
            SharedFiles.JiraFixture("ctreminiom__go-atlassian__jira_v3_mocks_get-issue.json"))).RootElement;

        var cards = SearchPage.GetProperty("issues").EnumerateArray()
            .Append(single)
            .Append(Webhook.GetProperty("issue"))
            .Select(i => map.Map(i))
            .ToList();

        Assert.Equal(20, cards.Count);
        Assert.All(cards, c => Assert.NotNull(c.Key));
        Assert.All(cards, c => Assert.True(c.TryGetAttribute("summary", out _)));
        Assert.Equal(["{}"], Texts(cards[^1], "customfield_10000"));
    }

    [Fact]
    public void Map_AdfDescription_KeepsNoBreakSpace_C13()
    {
        var issue = JsonDocument.Parse(File.ReadAllText(
            SharedFiles.JiraFixture("ctreminiom__go-atlassian__jira_v3_mocks_get-issue.json"))).RootElement;

        var text = Texts(Issue(Map("fields.description", "d")).Map(issue), "d")[0];

        Assert.StartsWith("Lorem Ipsum\u00a0es simplemente", text, StringComparison.Ordinal);
    }
}
