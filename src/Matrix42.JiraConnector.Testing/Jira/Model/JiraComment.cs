using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Jira.Model;

/// <summary>A comment on an issue.</summary>
internal sealed class JiraComment
{
    public required long Id { get; init; }

    public string? AuthorId { get; set; }

    /// <summary>The author as given in a seed document when it names no known account.</summary>
    public JsonNode? RawAuthor { get; set; }

    public JsonNode? Body { get; set; }

    public DateTimeOffset Created { get; set; }

    public DateTimeOffset Updated { get; set; }

    /// <summary>The visibility restriction: type (<c>group</c> or <c>role</c>) and value.</summary>
    public (string Type, string Value)? Visibility { get; set; }

    public bool JsdPublic { get; set; } = true;
}
