namespace Matrix42.JiraConnector.Testing.Jira.Model;

/// <summary>One changelog entry: who changed what, when.</summary>
internal sealed class JiraChange
{
    public required long Id { get; init; }

    public string? AuthorId { get; set; }

    public DateTimeOffset Created { get; set; }

    public List<JiraChangeItem> Items { get; } = [];
}
