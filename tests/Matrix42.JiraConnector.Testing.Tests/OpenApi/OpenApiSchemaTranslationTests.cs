using Matrix42.JiraConnector.TestSupport.OpenApi;

namespace Matrix42.JiraConnector.Testing.Tests.OpenApi;

/// <summary>OpenAPI 3.0 keywords that differ from JSON Schema, checked on a small hand-written spec.</summary>
public sealed class OpenApiSchemaTranslationTests
{
    private static readonly OpenApiContract Contract = OpenApiContract.Parse("""
        {
          "openapi": "3.0.1",
          "paths": {
            "/things": {
              "post": {
                "operationId": "createThing",
                "requestBody": { "required": true,
                  "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
                "responses": {
                  "201": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
                  "default": { "content": { "application/json": {
                    "schema": { "$ref": "#/components/schemas/Error" } } } }
                }
              }
            },
            "/things/{id}": { "get": { "operationId": "getThing", "responses": { "2XX": { "description": "ok" } } } },
            "/things/{id}.json": {
              "get": { "operationId": "getThingJson", "responses": { "200": { "description": "ok" } } } }
          },
          "components": { "schemas": {
            "Thing": {
              "type": "object", "additionalProperties": false, "required": ["id", "name", "secret"],
              "properties": {
                "id": { "type": "string", "readOnly": true },
                "name": { "type": "string", "nullable": true, "format": "not-a-known-format" },
                "secret": { "type": "string", "writeOnly": true },
                "size": { "type": "integer", "minimum": 0, "exclusiveMinimum": true },
                "kind": { "type": "string", "enum": ["a", "b"], "nullable": true },
                "owner": { "nullable": true, "allOf": [ { "$ref": "#/components/schemas/Owner" } ] },
                "shape": { "oneOf": [ { "$ref": "#/components/schemas/Owner" }, { "type": "object" } ],
                           "discriminator": { "propertyName": "type" } }
              }
            },
            "Owner": { "type": "object", "required": ["accountId"],
                       "properties": { "accountId": { "type": "string" } } },
            "Error": { "type": "object",
                       "properties": { "errorMessages": { "type": "array", "items": { "type": "string" } } } }
          } }
        }
        """);

    [Fact]
    public void ValidateRequest_ReadOnlyRequiredPropertyMissing_IsValid()
    {
        var result = Contract.ValidateRequest("POST", "/things", """{ "name": "n", "secret": "s" }""");

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void ValidateResponse_WriteOnlyRequiredPropertyMissing_IsValid()
    {
        var result = Contract.ValidateResponse("POST", "/things", 201, """{ "id": "1", "name": "n" }""");

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void ValidateResponse_ReadOnlyRequiredPropertyMissing_IsReported()
    {
        var result = Contract.ValidateResponse("POST", "/things", 201, """{ "name": "n" }""");

        Assert.Contains(result.Problems, p => p.Kind == ContractProblemKind.SchemaViolation);
    }

    [Theory]
    [InlineData("""{ "name": null, "secret": "s" }""")]
    [InlineData("""{ "name": "n", "secret": "s", "kind": null }""")]
    [InlineData("""{ "name": "n", "secret": "s", "owner": null }""")]
    [InlineData("""{ "name": "n", "secret": "s", "owner": { "accountId": "x" } }""")]
    [InlineData("""{ "name": "n", "secret": "s", "shape": { "any": 1 } }""")]
    public void ValidateRequest_NullableAndLenientKeywords_AreAccepted(string body)
    {
        var result = Contract.ValidateRequest("POST", "/things", body);

        Assert.True(result.IsValid, result.ToString());
    }

    [Theory]
    [InlineData("""{ "name": 5, "secret": "s" }""", "/name")]
    [InlineData("""{ "name": "n", "secret": null }""", "/secret")]
    [InlineData("""{ "name": "n", "secret": "s", "kind": "c" }""", "/kind")]
    [InlineData("""{ "name": "n", "secret": "s", "size": 0 }""", "/size")]
    [InlineData("""{ "name": "n", "secret": "s", "owner": {} }""", "/owner")]
    [InlineData("""{ "name": "n", "secret": "s", "extra": true }""", "/extra")]
    public void ValidateRequest_ViolationOfTranslatedKeyword_IsReportedAtItsLocation(string body, string location)
    {
        var result = Contract.ValidateRequest("POST", "/things", body);

        Assert.Contains(result.Problems, p => p.InstanceLocation == location);
    }

    [Fact]
    public void ValidateRequest_WrongValueForNullableReference_ReportsOnlyTheRealMismatch()
    {
        // The null allowance must not add a "should be null" complaint to every failure.
        var result = Contract.ValidateRequest("POST", "/things", """{ "name": "n", "secret": "s", "owner": 5 }""");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("/owner", problem.InstanceLocation);
        Assert.DoesNotContain("null", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateResponse_StatusCoveredByDefault_UsesDefaultSchema()
    {
        var valid = Contract.ValidateResponse("POST", "/things", 500, """{ "errorMessages": ["boom"] }""");
        var invalid = Contract.ValidateResponse("POST", "/things", 500, """{ "errorMessages": "boom" }""");

        Assert.True(valid.IsValid, valid.ToString());
        Assert.Contains(invalid.Problems, p => p.InstanceLocation == "/errorMessages");
    }

    [Fact]
    public void ValidateResponse_StatusCoveredByRange_IsDocumented()
    {
        var result = Contract.ValidateResponse("GET", "/things/7", 202, null);

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void FindOperation_PartlyTemplatedSegment_MatchesOnlyWithItsLiteralPart()
    {
        Assert.Equal("getThingJson", Contract.FindOperation("GET", "/things/7.json")?.OperationId);
        Assert.Equal("getThing", Contract.FindOperation("GET", "/things/7")?.OperationId);
    }
}
