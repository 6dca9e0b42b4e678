using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>One operation of the spec: an HTTP method on a path template.</summary>
public sealed class OpenApiOperation
{
    internal OpenApiOperation(string method, PathTemplate path, string? operationId, bool deprecated, JsonObject node)
    {
        Method = method;
        Template = path;
        OperationId = operationId;
        Deprecated = deprecated;
        Node = node;
    }

    /// <summary>The HTTP method in upper case, e.g. <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The path template as written in the spec, e.g. <c>/rest/api/3/issue/{issueIdOrKey}</c>.</summary>
    public string PathTemplate => Template.Text;

    /// <summary>The spec's <c>operationId</c>, or <see langword="null"/> when it has none.</summary>
    public string? OperationId { get; }

    /// <summary>Whether the spec marks the operation <c>deprecated</c>.</summary>
    public bool Deprecated { get; }

    internal PathTemplate Template { get; }

    internal JsonObject Node { get; }

    /// <summary>The operation as <c>METHOD /path/template (operationId)</c>.</summary>
    public override string ToString() => $"{Method} {PathTemplate} ({OperationId ?? "no operationId"})";
}
