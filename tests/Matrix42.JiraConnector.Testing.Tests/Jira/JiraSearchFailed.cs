using System.Net;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>A search the fake refused, with its status and Jira error body.</summary>
internal sealed class JiraSearchFailed(HttpStatusCode status, JsonNode body)
    : InvalidOperationException($"Search failed with {(int)status}: {body.ToJsonString()}")
{
    public HttpStatusCode Status => status;

    public JsonNode Body => body;
}
