using Matrix42.JiraConnector.TestSupport.OpenApi;

namespace Matrix42.JiraConnector.Testing.Tests.OpenApi;

public sealed class OpenApiContractParameterTests
{
    private static readonly OpenApiContract Contract = OpenApiContract.Jira;

    [Theory]
    [InlineData("GET", "/rest/api/3/search/jql?jql=project%20%3D%20ABC&fields=summary,updated&fields=status"
        + "&maxResults=100&fieldsByKeys=true&reconcileIssues=10001,10002&nextPageToken=abc")]
    [InlineData("GET", "/rest/api/3/group/bulk?groupName=Dev+%26+QA&groupName=ops%2Boncall&maxResults=50")]
    [InlineData("GET", "/rest/api/3/group/member?groupId=276f955c&includeInactiveUsers=false&startAt=50")]
    [InlineData("DELETE", "/rest/api/3/group/user?groupId=276f955c&accountId=5b10ac8d82e05b22cc7d4ef5")]
    [InlineData("DELETE", "/rest/api/3/issue/ABC-1?deleteSubtasks=true")]
    [InlineData("GET", "/rest/api/3/issue/ABC-1/comment?startAt=0&maxResults=100&orderBy=-created")]
    [InlineData("GET", "/rest/api/3/filter/10001")]
    public void ValidateRequest_DeclaredWellTypedParameters_AreValid(string method, string path)
    {
        var result = Contract.ValidateRequest(method, path, null);

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void ValidateRequest_OffsetPagingOnTokenPagedSearch_ReportsUnknownParameter()
    {
        // Real-world case C06: /search/jql ignores startAt, so sending it is a client bug.
        var result = Contract.ValidateRequest("GET", "/rest/api/3/search/jql?jql=project%3DABC&startAt=50", null);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ContractProblemKind.UnknownParameter, problem.Kind);
        Assert.Equal("startAt", problem.Parameter);
    }

    [Fact]
    public void ValidateRequest_RequiredQueryParameterMissing_ReportsMissingParameter()
    {
        var result = Contract.ValidateRequest("DELETE", "/rest/api/3/group/user?groupId=276f955c", null);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ContractProblemKind.MissingParameter, problem.Kind);
        Assert.Equal("accountId", problem.Parameter);
    }

    [Theory]
    [InlineData("GET", "/rest/api/3/search/jql?jql=x&maxResults=ten", "maxResults")]
    [InlineData("GET", "/rest/api/3/search/jql?jql=x&reconcileIssues=10001,ABC-2", "reconcileIssues")]
    [InlineData("GET", "/rest/api/3/group/member?groupId=1&includeInactiveUsers=yes", "includeInactiveUsers")]
    [InlineData("GET", "/rest/api/3/issue/ABC-1/comment?orderBy=updated", "orderBy")]
    [InlineData("GET", "/rest/api/3/filter/ABC", "id")]
    public void ValidateRequest_ValueNotFittingDeclaredType_ReportsInvalidParameter(string method, string path,
        string parameter)
    {
        var result = Contract.ValidateRequest(method, path, null);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ContractProblemKind.InvalidParameter, problem.Kind);
        Assert.Equal(parameter, problem.Parameter);
    }

    [Fact]
    public void ValidateResponse_UndeclaredQueryParameter_IsNotJudged()
    {
        // Responses are judged on status and body; the request's query is the client's business.
        var result = Contract.ValidateResponse("GET", "/rest/api/3/search/jql?startAt=50", 200, """{"issues":[]}""");

        Assert.True(result.IsValid, result.ToString());
    }
}
