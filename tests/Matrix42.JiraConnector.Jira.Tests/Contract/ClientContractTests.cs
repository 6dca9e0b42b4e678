using System.Net;
using System.Reflection;
using System.Text;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using Matrix42.JiraConnector.TestSupport.OpenApi;

namespace Matrix42.JiraConnector.Jira.Tests.Contract;

/// <summary>
/// Proves that every request the client sends matches a non-deprecated operation of Jira's published
/// OpenAPI spec (method and path template, declared query parameters) and that its JSON body validates
/// against the operation's request schema.
/// </summary>
/// <remarks>
/// Exemption: <c>GET /_edge/tenant_info</c> (the cloud-id lookup for gateway access) is not part of the
/// platform REST API and so not in the spec; it is the only request allowed to match no operation.
/// </remarks>
public sealed class ClientContractTests
{
    private static readonly string[] ExemptPaths = ["/_edge/tenant_info"];

    public static TheoryData<string> Operations()
    {
        var data = new TheoryData<string>();
        foreach (var name in PublicOperations())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void EveryPublicOperation_HasAContractCase()
    {
        var missing = PublicOperations().Where(name => !ContractCases.All.ContainsKey(name)).ToList();

        Assert.True(missing.Count == 0, "No contract case for: " + string.Join(", ", missing));
        Assert.True(PublicOperations().Count() >= 40);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_EveryRequest_MatchesSpecAndValidates(string operation)
    {
        var testCase = ContractCases.All[operation];
        var stub = StubHandler.Of(StubHandler.Status(testCase.Status, testCase.Body, "application/json"));
        var checker = new ContractCheckingHandler(OpenApiContract.Jira, stub) { CheckResponses = false };
        using var client = JiraClientFactory.Create(TestClients.Options(), primaryHandler: checker);

        await testCase.Call(client);

        Assert.NotEmpty(checker.Results);
        Assert.All(checker.Results, r => Assert.False(r.Operation?.Deprecated ?? true, r.ToString()));
        checker.EnsureNoViolations();
    }

    [Fact]
    public async Task ScopedTokenLookup_TenantInfoExemptAndGatewayCallsMatchTheSpec()
    {
        var stub = StubHandler.Of(
            StubHandler.Status(HttpStatusCode.OK, """{"cloudId":"abc"}""", "application/json"),
            StubHandler.Status(HttpStatusCode.OK, """{"accountId":"a"}""", "application/json"));
        using var client = JiraClientFactory.Create(
            TestClients.Options(o => o.Authentication = JiraAuthenticationKind.ScopedApiToken), primaryHandler: stub);

        await client.Connection.GetMyselfAsync();

        var lookup = OpenApiContract.Jira.ValidateRequest("GET", stub.Requests[0].Uri.PathAndQuery, null);
        Assert.Contains(lookup.Path, ExemptPaths);
        Assert.Equal(ContractProblemKind.NoMatchingOperation, Assert.Single(lookup.Problems).Kind);

        // The gateway serves the same REST API under /ex/jira/{cloudId}; the spec describes it without the prefix.
        var gateway = stub.Requests[1].Uri.PathAndQuery;
        Assert.StartsWith("/ex/jira/abc/", gateway, StringComparison.Ordinal);
        OpenApiContract.Jira.ValidateRequest("GET", gateway["/ex/jira/abc".Length..], null).EnsureValid();
    }

    [Theory]
    [InlineData("""{"jql":"project = OPS","fields":"summary"}""")]
    [InlineData("""{"jql":"project = OPS","fields":["summary"],"startAt":50}""")]
    [InlineData("""{"jql":"project = OPS","fields":["summary"],"maxResults":"many"}""")]
    public void MutatedSearchBody_FailsValidation(string body)
    {
        var result = OpenApiContract.Jira.ValidateRequest("POST", "/rest/api/3/search/jql", body);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Kind == ContractProblemKind.SchemaViolation);
    }

    [Fact]
    public async Task MutatedRecordedBody_FailsWhereTheOriginalPasses()
    {
        var stub = StubHandler.Of(StubHandler.Status(HttpStatusCode.Created, """{"id":"1"}""", "application/json"));
        using var client = TestClients.Create(stub);
        await client.Comments.AddAsync("OPS-7", JiraCommentContent.FromText("Hello"));
        var sent = stub.Requests[0];

        var original = OpenApiContract.Jira.ValidateRequest("POST", sent.Uri.PathAndQuery, sent.Body);
        var mutated = OpenApiContract.Jira.ValidateRequest("POST", sent.Uri.PathAndQuery,
            sent.Body!.Replace("\"body\":{", "\"visibility\":42,\"body\":{", StringComparison.Ordinal));

        Assert.True(original.IsValid, original.ToString());
        Assert.False(mutated.IsValid);
    }

    [Fact]
    public void RemovedSearchEndpoint_IsNotAnOperationTheClientCouldUse()
    {
        var result = OpenApiContract.Jira.ValidateRequest("POST", "/rest/api/3/search",
            Encoding.UTF8.GetString("""{"jql":"project = OPS"}"""u8));

        Assert.False(result.IsValid);
    }

    private static IEnumerable<string> PublicOperations() =>
        typeof(IJiraClient).GetProperties()
            .Where(p => p.PropertyType.IsInterface)
            .SelectMany(p => p.PropertyType.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Select(m => m.DeclaringType!.Name + "." + m.Name)
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal);
}
