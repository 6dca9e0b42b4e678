using Matrix42.JiraConnector.TestSupport.OpenApi;

namespace Matrix42.JiraConnector.Testing.Tests.OpenApi;

public sealed class OpenApiContractRequestTests
{
    private const string CreateIssueBody = """
        {
          "fields": {
            "project": { "key": "ABC" },
            "issuetype": { "id": "10001" },
            "summary": "Printer on floor 3 is offline",
            "description": {
              "type": "doc", "version": 1,
              "content": [ { "type": "paragraph", "content": [ { "type": "text", "text": "It blinks." } ] } ]
            },
            "labels": [ "esm" ]
          },
          "update": { "labels": [ { "add": "synced" } ] }
        }
        """;

    private static readonly OpenApiContract Contract = OpenApiContract.Jira;

    [Fact]
    public void ValidateRequest_ValidCreateIssueBody_HasNoProblems()
    {
        var result = Contract.ValidateRequest("POST", "/rest/api/3/issue", CreateIssueBody);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("createIssue", result.Operation?.OperationId);
    }

    [Fact]
    public void ValidateRequest_FieldsIsString_ReportsTypeErrorAtFields()
    {
        var result = Contract.ValidateRequest("POST", "/rest/api/3/issue", """{ "fields": "summary=Printer" }""");

        var problem = Assert.Single(result.Problems, p => p.InstanceLocation == "/fields");
        Assert.Equal(ContractProblemKind.SchemaViolation, problem.Kind);
        Assert.Contains("type", problem.SchemaLocation, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateRequest_UpdateOperationsNotAnArray_ReportsNestedPointer()
    {
        var result = Contract.ValidateRequest("POST", "/rest/api/3/issue",
            """{ "fields": {}, "update": { "labels": { "add": "synced" } } }""");

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.InstanceLocation == "/update/labels");
    }

    [Fact]
    public void ValidateRequest_UnknownPropertyWhereSchemaIsClosed_Fails()
    {
        // SearchAndReconcileRequestBean has additionalProperties: false.
        var result = Contract.ValidateRequest("POST", "/rest/api/3/search/jql",
            """{ "jql": "project = ABC", "startAt": 50 }""");

        Assert.Contains(result.Problems, p => p.Kind == ContractProblemKind.SchemaViolation);
    }

    [Fact]
    public void ValidateRequest_SearchJqlWithTokenPaging_IsValid()
    {
        var result = Contract.ValidateRequest("POST", "https://example.atlassian.net/rest/api/3/search/jql",
            """
            { "jql": "project = ABC ORDER BY updated", "fields": ["summary","updated"], "maxResults": 100,
              "nextPageToken": "opaque" }
            """);

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void ValidateRequest_RemovedSearchEndpoint_IsReportedAsDeprecated()
    {
        // The spec still lists GET /rest/api/3/search but marks it deprecated; Jira Cloud has removed it.
        var result = Contract.ValidateRequest("GET", "/rest/api/3/search?jql=project%3DABC", null);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ContractProblemKind.DeprecatedOperation, problem.Kind);
        Assert.Equal("searchForIssuesUsingJql", result.Operation?.OperationId);
    }

    [Fact]
    public void ValidateRequest_RequiredBodyMissing_ReportsMissingBody()
    {
        var result = Contract.ValidateRequest("POST", "/rest/api/3/issue/bulkfetch", null);

        Assert.Contains(result.Problems, p => p.Kind == ContractProblemKind.MissingBody);
    }

    [Fact]
    public void ValidateRequest_BodyOnOperationWithoutBody_ReportsUnexpectedBody()
    {
        var result = Contract.ValidateRequest("DELETE", "/rest/api/3/group/user?groupId=1&accountId=2", "{}");

        Assert.Contains(result.Problems, p => p.Kind == ContractProblemKind.UnexpectedBody);
    }

    [Fact]
    public void ValidateRequest_MalformedJson_ReportsInvalidJson()
    {
        var result = Contract.ValidateRequest("POST", "/rest/api/3/issue/ABC-1/comment", "{ \"body\": ");

        Assert.Contains(result.Problems, p => p.Kind == ContractProblemKind.InvalidJson);
    }

    [Fact]
    public void ValidateRequest_UnknownPath_ReportsNoMatchingOperation()
    {
        var result = Contract.ValidateRequest("POST", "/rest/api/3/issues", "{}");

        Assert.Null(result.Operation);
        Assert.Equal(ContractProblemKind.NoMatchingOperation, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void ValidateRequest_MethodNotDefined_ReportsMethodNotDefined()
    {
        var result = Contract.ValidateRequest("PATCH", "/rest/api/3/issue/ABC-1", "{}");

        Assert.Equal(ContractProblemKind.MethodNotDefined, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void ValidateRequest_TransitionAndCommentBodies_AreValid()
    {
        var transition = Contract.ValidateRequest("POST", "/rest/api/3/issue/ABC-1/transitions",
            """{ "transition": { "id": "31" }, "fields": { "resolution": { "name": "Done" } } }""");
        var comment = Contract.ValidateRequest("POST", "/rest/api/3/issue/ABC-1/comment",
            """{ "body": { "type": "doc", "version": 1, "content": [] } }""");
        var member = Contract.ValidateRequest("POST", "/rest/api/3/group/user?groupId=42",
            """{ "accountId": "5b10ac8d82e05b22cc7d4ef5" }""");

        Assert.True(transition.IsValid, transition.ToString());
        Assert.True(comment.IsValid, comment.ToString());
        Assert.True(member.IsValid, member.ToString());
    }

    [Fact]
    public void Without_AcceptedProblem_LeavesTheOthers()
    {
        var result = Contract.ValidateRequest("POST", "/rest/api/3/search", """{ "jql": 5 }""");

        var remaining = result.Without(p => p.Kind == ContractProblemKind.DeprecatedOperation);

        Assert.Contains(result.Problems, p => p.Kind == ContractProblemKind.DeprecatedOperation);
        Assert.Equal("/jql", Assert.Single(remaining.Problems).InstanceLocation);
        Assert.Same(result.Operation, remaining.Operation);
    }

    [Fact]
    public void EnsureValid_InvalidRequest_ThrowsWithEveryProblemInMessage()
    {
        var result = Contract.ValidateRequest("POST", "/rest/api/3/issue", """{ "fields": 7 }""");

        var exception = Assert.Throws<ContractViolationException>(() => result.EnsureValid());
        Assert.Same(result, exception.Result);
        Assert.Contains("'/fields'", exception.Message, StringComparison.Ordinal);
    }
}
