using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Issues;

public sealed class IssueWriteTests
{
    [Fact]
    public async Task CreateAsync_NullDescriptionC17_LeftOutOfPayload()
    {
        var stub = Of(JsonBody("""{"id":"10017","key":"ACME-18","self":"x"}""", HttpStatusCode.Created));
        using var client = TestClients.Create(stub);
        var fields = new JsonObject
        {
            ["project"] = new JsonObject { ["key"] = "ACME" },
            ["summary"] = "Badge reader",
            ["description"] = null,
        };

        var created = await client.Issues.CreateAsync(new JiraIssueCreate { Fields = fields });

        Assert.Equal(("10017", "ACME-18"), (created.Id, created.Key));
        Assert.Equal("""{"fields":{"project":{"key":"ACME"},"summary":"Badge reader"}}""", stub.Requests[0].Body);
    }

    [Fact]
    public async Task CreateAsync_FieldErrors400C18_StructuredError()
    {
        using var client = TestClients.Create(Of(JsonBody(
            """
                {"errorMessages":[],
                 "errors":{"summary":"The summary is invalid because it contains newline characters."}}
                """,
            HttpStatusCode.BadRequest)));

        var ex = await Assert.ThrowsAsync<JiraApiException>(() =>
            client.Issues.CreateAsync(new JiraIssueCreate { Fields = new JsonObject { ["summary"] = "a\r\nb" } }));

        Assert.Empty(ex.ErrorMessages);
        Assert.Equal("The summary is invalid because it contains newline characters.", ex.FieldErrors["summary"]);
        Assert.Equal("POST", ex.Method);
        Assert.Equal("/rest/api/3/issue", ex.Path);
    }

    [Theory]
    [InlineData(Fixtures.F10ErrorFieldMap, "projectKey")]
    [InlineData(Fixtures.F26InvalidPut, "invalid")]
    public async Task UpdateAsync_FieldErrorFixtures_ExposedByFieldId(string fixture, string field)
    {
        using var client = TestClients.Create(Of(JsonBody(Fixtures.Text(fixture), HttpStatusCode.BadRequest)));

        var ex = await Assert.ThrowsAsync<JiraApiException>(() =>
            client.Issues.UpdateAsync("ACME-1", new JiraIssueUpdate { Fields = new JsonObject { [field] = "x" } }));

        Assert.True(ex.FieldErrors.ContainsKey(field));
    }

    [Fact]
    public async Task UpdateAsync_NotifyUsersFalse_InQueryAndNumberSentAsNumberC19()
    {
        var stub = Of(Status(HttpStatusCode.NoContent));
        using var client = TestClients.Create(stub);

        var update = new JiraIssueUpdate { Fields = new JsonObject { ["customfield_10016"] = 0.5 } };
        await client.Issues.UpdateAsync("ACME-19", update,
            notifyUsers: false);

        Assert.Equal(HttpMethod.Put, stub.Requests[0].Method);
        Assert.Equal("false", stub.Requests[0].QueryValue("notifyUsers"));
        Assert.Equal("""{"fields":{"customfield_10016":0.5}}""", stub.Requests[0].Body);
    }

    [Fact]
    public async Task BulkCreateAsync_120Issues_BatchesOf50WithGlobalErrorIndexes()
    {
        var stub = Of(
            JsonBody(Created(50, 0), HttpStatusCode.Created),
            JsonBody("""
                {"issues":[],"errors":[{"failedElementNumber":3,"status":400,"elementErrors":{"errorMessages":[],
                "errors":{"summary":"required"}}}]}
                """,
                HttpStatusCode.Created),
            JsonBody("""
                {"issues":[],
                 "errors":[{"failedElementNumber":0,"status":400,"elementErrors":{"errorMessages":["bad"]}}]}
                """,
                HttpStatusCode.BadRequest));
        using var client = TestClients.Create(stub);
        var issues = Enumerable.Range(0, 120)
            .Select(i => new JiraIssueCreate { Fields = new JsonObject { ["summary"] = "s" + i } })
            .ToList();

        var result = await client.Issues.BulkCreateAsync(issues);

        Assert.Equal([50, 50, 20], stub.Requests.Select(r => r.Json.GetProperty("issueUpdates").GetArrayLength()));
        Assert.Equal(50, result.Issues.Count);
        Assert.Equal([53, 100], result.Errors.Select(e => e.FailedElementNumber));
        Assert.Equal("required", result.Errors[0].ElementErrors!.Errors["summary"]);
    }

    [Fact]
    public async Task BulkFetchAsync_250Keys_BatchesOf100AndSurfacesIssueErrors()
    {
        var stub = Of(
            JsonBody("""{"issues":[{"id":"1","key":"A-1","fields":{"summary":"x"}}],"issueErrors":[]}"""),
            JsonBody("""
                {"issues":[],"issueErrors":[{"id":"A-150",
                 "errorMessage":"Issue does not exist or you do not have permission to see it."}]}
                """),
            JsonBody("""{"issues":[],"issueErrors":[]}"""));
        using var client = TestClients.Create(stub);
        var keys = Enumerable.Range(1, 250).Select(i => "A-" + i).ToList();

        var result = await client.Issues.BulkFetchAsync(keys, ["summary"]);

        Assert.Equal([100, 100, 50], stub.Requests.Select(r => r.Json.GetProperty("issueIdsOrKeys").GetArrayLength()));
        Assert.All(stub.Requests, r => Assert.Equal("/rest/api/3/issue/bulkfetch", r.Path));
        Assert.Equal("A-150", Assert.Single(result.IssueErrors).Id);
        Assert.Single(result.Issues);
    }

    [Fact]
    public async Task GetTransitionsAsync_F09_FieldsExpandedAndParsed()
    {
        var stub = Of(Fixture(Fixtures.F09Transitions));
        using var client = TestClients.Create(stub);

        var transitions = await client.Issues.GetTransitionsAsync("ACME-37");

        Assert.Equal("transitions.fields", stub.Requests[0].QueryValue("expand"));
        var qa = Assert.Single(transitions, t => t.To?.Name == "Closed");
        Assert.Equal("711", qa.Id);
        Assert.Equal(["summary", "colour"], qa.Fields.Keys);
        Assert.Equal(["red", "blue"], qa.Fields["colour"].AllowedValues.Select(v => v.GetString()));
    }

    [Fact]
    public async Task TransitionAsync_WithResolution_BodyShape()
    {
        var stub = Of(Status(HttpStatusCode.NoContent));
        using var client = TestClients.Create(stub);

        await client.Issues.TransitionAsync("ACME-37", new JiraTransitionRequest
        {
            TransitionId = "31",
            Fields = new JsonObject { ["resolution"] = new JsonObject { ["name"] = "Done" } },
        });

        Assert.Equal("""{"transition":{"id":"31"},"fields":{"resolution":{"name":"Done"}}}""", stub.Requests[0].Body);
    }

    [Fact]
    public async Task TransitionAsync_RequiredFieldMissingC37_MessageListExposed()
    {
        using var client = TestClients.Create(Of(JsonBody("""
            {"errorMessages":["Field Resolution is required."],"errors":{}}
            """,
            HttpStatusCode.BadRequest)));

        var ex = await Assert.ThrowsAsync<JiraApiException>(() =>
            client.Issues.TransitionAsync("ACME-37", new JiraTransitionRequest { TransitionId = "41" }));

        Assert.Equal(["Field Resolution is required."], ex.ErrorMessages);
        Assert.Empty(ex.FieldErrors);
    }

    [Theory]
    [InlineData(HttpStatusCode.Created, true)]
    [InlineData(HttpStatusCode.OK, false)]
    public async Task SetPropertyAsync_StatusTellsCreatedFromUpdated(HttpStatusCode status, bool created)
    {
        var stub = Of(Status(status));
        using var client = TestClients.Create(stub);

        var result = await client.Issues.SetPropertyAsync("ACME-40", "esm.sync", new JsonObject { ["esmId"] = "N-1" });

        Assert.Equal(created, result);
        Assert.Equal("/rest/api/3/issue/ACME-40/properties/esm.sync", stub.Requests[0].Path);
        Assert.Equal("""{"esmId":"N-1"}""", stub.Requests[0].Body);
    }

    [Fact]
    public async Task SetPropertyAsync_ValueTooLarge_RefusedBeforeSending()
    {
        var stub = Of(Status(HttpStatusCode.OK));
        using var client = TestClients.Create(stub);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.Issues.SetPropertyAsync("ACME-40", "k", JsonValue.Create(new string('x', 40_000))));

        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task GetPropertyAsync_MissingAndPresent()
    {
        using var client = TestClients.Create(Of(
            JsonBody("""{"errorMessages":["not found"]}""", HttpStatusCode.NotFound),
            JsonBody("""{"key":"esm.sync","value":{"esmId":"N-1"}}""")));

        Assert.Null(await client.Issues.GetPropertyAsync("ACME-40", "esm.sync"));
        var value = await client.Issues.GetPropertyAsync("ACME-40", "esm.sync");

        Assert.Equal("N-1", value!.Value.GetProperty("esmId").GetString());
    }

    [Fact]
    public async Task GetChangelogAsync_PagesUntilIsLast()
    {
        var stub = Of(
            JsonBody("""
                {"startAt":0,"maxResults":100,"total":2,"isLast":false,
                 "values":[{"id":"1","created":"2024-01-01T00:00:00.000+0000",
                "items":[{"field":"status","fromString":"Open","toString":"Done"}]}]}
                """),
            JsonBody("""
                {"startAt":1,"maxResults":100,"total":2,"isLast":true,"values":[{"id":"2","created":"bad date",
                "items":[]}]}
                """));
        using var client = TestClients.Create(stub);

        var entries = await client.Issues.GetChangelogAsync("ACME-1").ToListAsync();

        Assert.Equal(["1", "2"], entries.Select(e => e.Id));
        Assert.Equal("Done", entries[0].Items[0].ToText);
        Assert.Null(entries[1].Created);
        Assert.Equal("1", stub.Requests[1].QueryValue("startAt"));
    }

    [Fact]
    public async Task DeleteAsync_SubtasksFlag()
    {
        var stub = Of(Status(HttpStatusCode.NoContent));
        using var client = TestClients.Create(stub);

        await client.Issues.DeleteAsync("ACME-1", deleteSubtasks: true);

        Assert.Equal("true", stub.Requests[0].QueryValue("deleteSubtasks"));
    }

    [Fact]
    public async Task GetAsync_KeyWithSpecialCharacters_PathSegmentEncoded()
    {
        var stub = Of(JsonBody("""{"id":"1","key":"A-1"}"""));
        using var client = TestClients.Create(stub);

        await client.Issues.GetAsync("A-1/../../admin", ["summary", "updated"]);

        Assert.Equal("/rest/api/3/issue/A-1%2F..%2F..%2Fadmin", stub.Requests[0].Uri.AbsolutePath);
        Assert.Equal("summary,updated", stub.Requests[0].QueryValue("fields"));
    }

    private static string Created(int count, int first) => JsonSerializer.Serialize(new
    {
        issues = Enumerable.Range(first, count).Select(i => new
        {
            id = (10000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            key = "A-" + i,
        }),
        errors = Array.Empty<object>(),
    });
}
