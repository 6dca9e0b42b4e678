using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira.Adf;

namespace Matrix42.JiraConnector.Jira;

/// <summary>The content of a comment to add or update. The body is an ADF object, never a JSON string.</summary>
public sealed record JiraCommentContent
{
    /// <summary>The ADF body; required.</summary>
    public required JsonObject Body { get; init; }

    /// <summary>A role or group restriction; default none (visible to everyone who sees the issue).</summary>
    public JiraVisibility? Visibility { get; init; }

    /// <summary>
    /// Comment properties to set on creation, such as <c>sd.public.comment</c> with
    /// <c>{"internal":true}</c> for an internal JSM comment; ignored on update. Default none.
    /// </summary>
    public IReadOnlyList<JiraEntityProperty>? Properties { get; init; }

    /// <summary>Creates content from plain text (paragraphs on blank lines, hard breaks on single newlines).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The content.</returns>
    public static JiraCommentContent FromText(string text) => new() { Body = AdfText.FromPlainText(text) };
}
