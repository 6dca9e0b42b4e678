using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>A per-attribute (or per-item) error in the API's <c>RESTError</c> shape.</summary>
internal sealed record EsmAttributeError(string? AttributeCode, string? AttributeType, string Message)
{
    public JsonObject ToJson() => new()
    {
        ["attributeCode"] = AttributeCode,
        ["attributeType"] = AttributeType,
        ["message"] = Message,
        ["error"] = "Bad Request",
    };
}
