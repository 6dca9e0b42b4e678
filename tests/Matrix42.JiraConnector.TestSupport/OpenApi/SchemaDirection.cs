namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>Which way a payload travels; OpenAPI's <c>readOnly</c>/<c>writeOnly</c> depend on it.</summary>
internal enum SchemaDirection
{
    /// <summary>Client to server: <c>readOnly</c> properties are never required.</summary>
    Request,

    /// <summary>Server to client: <c>writeOnly</c> properties are never required.</summary>
    Response,
}
