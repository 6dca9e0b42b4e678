using Matrix42.JiraConnector.TestSupport.OpenApi;

namespace Matrix42.JiraConnector.Testing.Tests.OpenApi;

public sealed class OpenApiContractMatchingTests
{
    private static readonly OpenApiContract Contract = OpenApiContract.Jira;

    [Theory]
    [InlineData("POST", "/rest/api/3/search/jql", "/rest/api/3/search/jql", "searchAndReconsileIssuesUsingJqlPost")]
    [InlineData("POST", "/rest/api/3/issue/bulkfetch", "/rest/api/3/issue/bulkfetch", "bulkFetchIssues")]
    [InlineData("POST", "/rest/api/3/issue", "/rest/api/3/issue", "createIssue")]
    [InlineData("GET", "/rest/api/3/issue/ABC-12", "/rest/api/3/issue/{issueIdOrKey}", "getIssue")]
    [InlineData("POST", "/rest/api/3/issue/ABC-12/comment", "/rest/api/3/issue/{issueIdOrKey}/comment", "addComment")]
    [InlineData("PUT", "/rest/api/3/issue/10001/comment/10400", "/rest/api/3/issue/{issueIdOrKey}/comment/{id}",
        "updateComment")]
    [InlineData("POST", "/rest/api/3/issue/ABC-12/transitions", "/rest/api/3/issue/{issueIdOrKey}/transitions",
        "doTransition")]
    [InlineData("POST", "/rest/api/3/group/user?groupId=42", "/rest/api/3/group/user", "addUserToGroup")]
    [InlineData("DELETE", "/rest/api/3/group/user?groupId=42&accountId=5b10a", "/rest/api/3/group/user",
        "removeUserFromGroup")]
    [InlineData("get", "/rest/api/3/user/search?query=a%40b.c", "/rest/api/3/user/search", "findUsers")]
    public void FindOperation_RealRequestPath_MatchesExpectedOperation(string method, string path, string template,
        string operationId)
    {
        var operation = Contract.FindOperation(method, path);

        Assert.NotNull(operation);
        Assert.Equal(template, operation.PathTemplate);
        Assert.Equal(operationId, operation.OperationId);
        Assert.Equal(method.ToUpperInvariant(), operation.Method);
    }

    [Fact]
    public void FindOperation_AbsoluteUriWithQuery_IgnoresHostAndQuery()
    {
        var operation = Contract.FindOperation("POST",
            "https://example.atlassian.net/rest/api/3/issue/ABC-1/comment?expand=renderedBody#top");

        Assert.Equal("addComment", operation?.OperationId);
    }

    [Fact]
    public void FindOperation_LiteralAndParameterBothMatch_LiteralWins()
    {
        // "createmeta" is also a valid {issueIdOrKey} value; the literal template must take it.
        var literal = Contract.FindOperation("GET", "/rest/api/3/issue/createmeta");
        var parameter = Contract.FindOperation("GET", "/rest/api/3/issue/CREATEMETA-1");

        Assert.Equal("/rest/api/3/issue/createmeta", literal?.PathTemplate);
        Assert.Equal("/rest/api/3/issue/{issueIdOrKey}", parameter?.PathTemplate);
    }

    [Fact]
    public void FindOperation_EncodedSlashInSegment_StaysOneSegment()
    {
        // %2F decodes to "/" inside the key segment; splitting after decoding would make it five segments.
        var operation = Contract.FindOperation("GET", "/rest/api/3/issue/A%2FB");

        Assert.Equal("/rest/api/3/issue/{issueIdOrKey}", operation?.PathTemplate);
    }

    [Fact]
    public void FindOperation_PercentEncodedLiteral_IsDecodedBeforeComparing()
    {
        var operation = Contract.FindOperation("POST", "/rest/api/3/issue/bulk%66etch");

        Assert.Equal("bulkFetchIssues", operation?.OperationId);
    }

    [Theory]
    [InlineData("PUT", "updateCustomField")]
    [InlineData("DELETE", "deleteCustomField")]
    public void FindOperation_TemplatesDifferingOnlyInParameterName_AreSearchedTogether(string method, string id)
    {
        // The spec splits one path across /field/{fieldId} (PUT) and /field/{id} (DELETE).
        Assert.Equal(id, Contract.FindOperation(method, "/rest/api/3/field/customfield_10001")?.OperationId);
    }

    [Theory]
    [InlineData("GET", "/rest/api/3/nothing/here")]
    [InlineData("GET", "/rest/api/3/issue/")]
    [InlineData("GET", "/rest/api/2/issue/ABC-1")]
    public void FindOperation_UnknownPath_ReturnsNull(string method, string path)
    {
        Assert.Null(Contract.FindOperation(method, path));
    }

    [Fact]
    public void FindOperation_MethodNotOnLiteralTemplate_DoesNotFallBackToParameterTemplate()
    {
        // GET /issue/{issueIdOrKey} exists, but bulkfetch is a POST-only literal path.
        Assert.Null(Contract.FindOperation("GET", "/rest/api/3/issue/bulkfetch"));
    }

    [Fact]
    public void Operations_JiraSpec_ListsEveryOperationWithDeprecationFlags()
    {
        var operations = Contract.Operations;

        Assert.True(operations.Count > 500, $"only {operations.Count} operations");
        Assert.Contains(operations, o => o.OperationId == "searchForIssuesUsingJql" && o.Deprecated);
        Assert.Contains(operations, o => o.OperationId == "searchAndReconsileIssuesUsingJql" && !o.Deprecated);
        Assert.Equal(operations.Count, operations.Select(o => (o.Method, o.PathTemplate)).Distinct().Count());
    }
}
