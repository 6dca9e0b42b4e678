using System.Text.Json.Nodes;
using Matrix42.JiraConnector.TestSupport;
using Matrix42.JiraConnector.TestSupport.OpenApi;

namespace Matrix42.JiraConnector.Testing.Tests.OpenApi;

public sealed class OpenApiContractResponseTests
{
    private const string SearchJql = "/rest/api/3/search/jql";
    private const string Mocks = "ctreminiom__go-atlassian__jira_v3_mocks_";

    private static readonly OpenApiContract Contract = OpenApiContract.Jira;

    [Fact]
    public void ValidateResponse_SearchJqlPageBuiltFromRealIssues_IsValid()
    {
        var result = Contract.ValidateResponse("POST", SearchJql, 200, RealSearchJqlPage().ToJsonString());

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("searchAndReconsileIssuesUsingJqlPost", result.Operation?.OperationId);
    }

    [Theory]
    [InlineData("mattermost__mattermost-plugin-jira__server_testdata_rhs-search-jql-page1.json")]
    [InlineData("mattermost__mattermost-plugin-jira__server_testdata_rhs-search-jql-last.json")]
    [InlineData("ankitpokhrel__jira-cli__pkg_jira_testdata_search_page1.json")]
    [InlineData("ankitpokhrel__jira-cli__pkg_jira_testdata_search_page2.json")]
    [InlineData("ankitpokhrel__jira-cli__pkg_jira_testdata_search_empty.json")]
    public void ValidateResponse_RecordedSearchJqlPages_AreValid(string fixture)
    {
        var result = Contract.ValidateResponse("GET", SearchJql + "?jql=project%3DTES", 200,
            File.ReadAllText(SharedFiles.JiraFixture(fixture)));

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void ValidateResponse_IsLastAsString_ReportsPointerToIsLast()
    {
        var page = RealSearchJqlPage();
        page["isLast"] = "false";

        var result = Contract.ValidateResponse("POST", SearchJql, 200, page.ToJsonString());

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ContractProblemKind.SchemaViolation, problem.Kind);
        Assert.Equal("/isLast", problem.InstanceLocation);
    }

    [Fact]
    public void ValidateResponse_IssueIdAsNumber_ReportsPointerIntoIssueList()
    {
        var page = RealSearchJqlPage();
        page["issues"]![1]!["id"] = 10031;

        var result = Contract.ValidateResponse("POST", SearchJql, 200, page.ToJsonString());

        Assert.Contains(result.Problems, p => p.InstanceLocation == "/issues/1/id");
    }

    [Fact]
    public void ValidateResponse_OldSearchEnvelopeOnNewEndpoint_FailsOnOffsetPagingProperties()
    {
        // The removed /search answered with startAt/total; /search/jql's result schema is closed.
        var result = Contract.ValidateResponse("POST", SearchJql, 200,
            File.ReadAllText(SharedFiles.JiraFixture(Mocks + "search-issues.json")));

        Assert.False(result.IsValid);
        Assert.All(result.Problems, p => Assert.Equal(ContractProblemKind.SchemaViolation, p.Kind));
    }

    [Fact]
    public void ValidateResponse_ErrorCollectionFor400_IsCheckedAgainstItsSchema()
    {
        var valid = Contract.ValidateResponse("POST", "/rest/api/3/issue", 400,
            """{ "errorMessages": [], "errors": { "summary": "You must specify a summary of the issue." } }""");
        var invalid = Contract.ValidateResponse("POST", "/rest/api/3/issue", 400,
            """{ "errorMessages": "Field 'priority' is required", "errors": {} }""");

        Assert.True(valid.IsValid, valid.ToString());
        Assert.Equal("/errorMessages", Assert.Single(invalid.Problems).InstanceLocation);
    }

    [Fact]
    public void ValidateResponse_StatusDocumentedWithoutContent_DoesNotJudgeTheBody()
    {
        // search/jql documents 400 and 401 without a body schema; whatever comes back is not the spec's business.
        var result = Contract.ValidateResponse("POST", SearchJql, 401, "<html>Unauthorized</html>");

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void ValidateResponse_UndocumentedStatus_IsReported()
    {
        var result = Contract.ValidateResponse("POST", SearchJql, 418, null);

        Assert.Equal(ContractProblemKind.UndocumentedStatus, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void ValidateResponse_DeprecatedOperation_IsNotAProblemForResponses()
    {
        var result = Contract.ValidateResponse("GET", "/rest/api/3/search", 200,
            File.ReadAllText(SharedFiles.JiraFixture(Mocks + "search-issues.json")));

        Assert.True(result.Operation?.Deprecated);
        Assert.DoesNotContain(result.Problems, p => p.Kind == ContractProblemKind.DeprecatedOperation);
    }

    [Theory]
    [InlineData("GET", "/rest/api/3/issue/KP-2/transitions", Mocks + "get-transitions.json")]
    [InlineData("GET", "/rest/api/3/group/member?groupId=1", Mocks + "group-members.json")]
    [InlineData("GET", "/rest/api/3/user/search?query=j", "ankitpokhrel__jira-cli__pkg_jira_testdata_users.json")]
    [InlineData("GET", "/rest/api/3/issue/KP-2/comment", Mocks + "get-issue-comments.json")]
    [InlineData("GET", "/rest/api/3/issue/KP-2", Mocks + "get-issue.json")]
    [InlineData("GET", "/rest/api/3/group/bulk", Mocks + "bulk-groups.json")]
    [InlineData("GET", "/rest/api/3/users/search", Mocks + "get-users.json")]
    public void ValidateResponse_RecordedJiraResponses_AreValid(string method, string path, string fixture)
    {
        var result = Contract.ValidateResponse(method, path, 200, File.ReadAllText(SharedFiles.JiraFixture(fixture)));

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void ValidateResponse_WrongTypeInsideReferencedSchema_ReportsDeepPointer()
    {
        // transitions[0].to is a StatusDetails whose statusCategory is a StatusCategory: two $refs deep.
        var body = JsonNode.Parse(File.ReadAllText(
            SharedFiles.JiraFixture(Mocks + "get-transitions.json")))!;
        body["transitions"]![0]!["to"]!["statusCategory"]!["id"] = "one";

        var result = Contract.ValidateResponse("GET", "/rest/api/3/issue/KP-2/transitions", 200, body.ToJsonString());

        var problem = Assert.Single(result.Problems);
        Assert.Equal("/transitions/0/to/statusCategory/id", problem.InstanceLocation);
    }

    [Fact]
    public void ValidateResponse_BodyOn204_ReportsUnexpectedBody()
    {
        var result = Contract.ValidateResponse("PUT", "/rest/api/3/issue/ABC-1", 204, "{}");

        Assert.Equal(ContractProblemKind.UnexpectedBody, Assert.Single(result.Problems).Kind);
    }

    private static JsonObject RealSearchJqlPage()
    {
        // Real issue objects from a recorded Jira Cloud search, wrapped in the token-paged envelope.
        var recorded = JsonNode.Parse(File.ReadAllText(
            SharedFiles.JiraFixture(Mocks + "search-issues.json")))!;
        var issues = new JsonArray([.. recorded["issues"]!.AsArray().Take(3).Select(i => i!.DeepClone())]);
        return new JsonObject { ["issues"] = issues, ["nextPageToken"] = "CAEaAggD", ["isLast"] = false };
    }
}
