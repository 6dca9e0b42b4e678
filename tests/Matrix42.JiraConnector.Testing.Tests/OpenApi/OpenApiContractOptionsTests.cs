using Matrix42.JiraConnector.TestSupport;
using Matrix42.JiraConnector.TestSupport.OpenApi;

namespace Matrix42.JiraConnector.Testing.Tests.OpenApi;

public sealed class OpenApiContractOptionsTests
{
    // Real-world case C07: Jira Cloud's last search page with a null token.
    private const string LastPageWithNullToken = """
        {"issues":[{"id":"10009","key":"ACME-9","fields":{"summary":"Last one"}}],"nextPageToken":null,"isLast":true}
        """;

    private const string ChangelogWithNulls = """
        { "values": [ { "id": "1", "items": [
          { "field": "resolution", "from": null, "fromString": null, "to": "1", "toString": "Done" } ] } ] }
        """;

    private static readonly Lazy<OpenApiContract> SpecOnly = new(() =>
        OpenApiContract.Load(SharedFiles.PathOf("reference/jira-platform-openapi.json")));

    [Fact]
    public void ValidateResponse_NullNextPageTokenWithJiraCorrections_IsValid()
    {
        var result = OpenApiContract.Jira.ValidateResponse("POST", "/rest/api/3/search/jql", 200,
            LastPageWithNullToken);

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void ValidateResponse_NullNextPageTokenWithoutCorrections_IsReported()
    {
        var result = SpecOnly.Value.ValidateResponse("POST", "/rest/api/3/search/jql", 200, LastPageWithNullToken);

        Assert.Equal("/nextPageToken", Assert.Single(result.Problems).InstanceLocation);
    }

    [Fact]
    public void ValidateResponse_ChangelogItemsWithNulls_AreValidOnlyWithCorrections()
    {
        const string path = "/rest/api/3/issue/ACME-1/changelog";

        var corrected = OpenApiContract.Jira.ValidateResponse("GET", path, 200, ChangelogWithNulls);
        var specOnly = SpecOnly.Value.ValidateResponse("GET", path, 200, ChangelogWithNulls);

        Assert.True(corrected.IsValid, corrected.ToString());
        Assert.Equal(["/values/0/items/0/from", "/values/0/items/0/fromString"],
            specOnly.Problems.Select(p => p.InstanceLocation).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_CorrectionNamingUnknownProperty_ThrowsNamingTheEntry()
    {
        var options = new OpenApiContractOptions();
        options.NullableProperties.Add("Thing.missing");

        var exception = Assert.Throws<ArgumentException>(() => OpenApiContract.Parse(
            """{ "paths": {}, "components": { "schemas": { "Thing": { "properties": { "name": {} } } } } }""",
            options));

        Assert.Contains("Thing.missing", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NullableCorrection_AllowsNullOnThatPropertyOnly()
    {
        var options = new OpenApiContractOptions();
        options.NullableProperties.Add("Thing.name");
        var contract = OpenApiContract.Parse("""
            { "paths": { "/t": { "post": { "requestBody": { "content": { "application/json": {
                "schema": { "$ref": "#/components/schemas/Thing" } } } }, "responses": {} } } },
              "components": { "schemas": { "Thing": { "type": "object",
                "properties": { "name": { "type": "string" }, "note": { "type": "string" } } } } } }
            """, options);

        Assert.True(contract.ValidateRequest("POST", "/t", """{ "name": null }""").IsValid);
        Assert.False(contract.ValidateRequest("POST", "/t", """{ "note": null }""").IsValid);
    }
}
