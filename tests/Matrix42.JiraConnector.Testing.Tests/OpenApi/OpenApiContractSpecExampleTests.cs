using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Matrix42.JiraConnector.TestSupport;
using Matrix42.JiraConnector.TestSupport.OpenApi;

namespace Matrix42.JiraConnector.Testing.Tests.OpenApi;

/// <summary>
/// Atlassian's own examples in the spec, checked against the converted schemas: they agree for the operations
/// the connector uses, which is good evidence the OpenAPI-to-JSON-Schema translation reads the spec right.
/// </summary>
public sealed partial class OpenApiContractSpecExampleTests
{
    private const string Request = "request";

    private static readonly Lazy<JsonObject> Spec = new(() => JsonNode.Parse(
        File.ReadAllText(SharedFiles.PathOf("reference/jira-platform-openapi.json")))!.AsObject());

    [Theory]
    [InlineData("searchAndReconsileIssuesUsingJql", "200")]
    [InlineData("searchAndReconsileIssuesUsingJqlPost", "200")]
    [InlineData("countIssues", Request)]
    [InlineData("countIssues", "200")]
    [InlineData("bulkFetchIssues", Request)]
    [InlineData("createIssue", Request)]
    [InlineData("createIssue", "201")]
    [InlineData("createIssue", "400")]
    [InlineData("editIssue", Request)]
    [InlineData("getIssue", "200")]
    [InlineData("getComments", "200")]
    [InlineData("addComment", Request)]
    [InlineData("addComment", "201")]
    [InlineData("updateComment", Request)]
    [InlineData("updateComment", "200")]
    [InlineData("getTransitions", "200")]
    [InlineData("doTransition", Request)]
    [InlineData("getCreateIssueMetaIssueTypes", "200")]
    [InlineData("getFields", "200")]
    [InlineData("getProject", "200")]
    [InlineData("getIssueTypesForProject", "200")]
    [InlineData("getCurrentUser", "200")]
    [InlineData("getUser", "200")]
    [InlineData("bulkGetUsers", "200")]
    [InlineData("findUsers", "200")]
    [InlineData("getAllUsers", "200")]
    [InlineData("getAllUsersDefault", "200")]
    [InlineData("createUser", Request)]
    [InlineData("createUser", "201")]
    [InlineData("bulkGetGroups", "200")]
    [InlineData("createGroup", Request)]
    [InlineData("createGroup", "201")]
    [InlineData("getUsersFromGroup", "200")]
    [InlineData("addUserToGroup", Request)]
    public void Validate_SpecExampleOfConnectorOperation_IsValid(string operationId, string status)
    {
        var result = ValidateExample(operationId, status);

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void ValidateRequest_EntityPropertyValues_AcceptAnyJsonDespiteJsonNodeSchema()
    {
        // The spec types property values as Jackson's JsonNode class; its example stores free-form objects.
        var result = ValidateExample("bulkSetIssuePropertiesByIssue", Request);

        Assert.True(result.IsValid, result.ToString());
    }

    [Theory]
    [InlineData("bulkFetchIssues", "200", "/expand")]
    [InlineData("getServerInfo", "200", "/defaultLocale")]
    [InlineData("getCreateIssueMetaIssueTypeId", "200", "/fields/0")]
    public void ValidateResponse_SpecExampleBeyondItsOwnSchema_IsReported(string operationId, string status,
        string location)
    {
        // The spec's schemas are stricter than its examples here (closed objects, required properties).
        // Fakes that copy these examples must expect the contract to flag them.
        var result = ValidateExample(operationId, status);

        Assert.Contains(result.Problems, p => p.InstanceLocation == location);
    }

    private static ContractValidationResult ValidateExample(string operationId, string status)
    {
        var (method, template, operation) = FindInSpec(operationId);
        var path = Parameter().Replace(template, "p1");
        var media = status == Request
            ? operation["requestBody"]!["content"]!["application/json"]!
            : operation["responses"]![status]!["content"]!["application/json"]!;
        var example = media["example"]!;

        // The spec stores most examples as JSON text, a few as inline JSON.
        var body = example.GetValueKind() == JsonValueKind.String ? example.GetValue<string>() : example.ToJsonString();
        var contract = OpenApiContract.Jira;
        return status == Request
            ? contract.ValidateRequest(method, path, body)
            : contract.ValidateResponse(method, path, int.Parse(status, CultureInfo.InvariantCulture), body);
    }

    private static (string Method, string Template, JsonObject Operation) FindInSpec(string operationId)
    {
        foreach (var (template, item) in Spec.Value["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is JsonObject node && node["operationId"]?.GetValue<string>() == operationId)
                {
                    return (method, template, node);
                }
            }
        }

        throw new InvalidOperationException($"The spec has no operation '{operationId}'.");
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
