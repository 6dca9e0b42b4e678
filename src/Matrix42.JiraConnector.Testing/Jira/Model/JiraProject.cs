namespace Matrix42.JiraConnector.Testing.Jira.Model;

/// <summary>A project of the fake site.</summary>
internal sealed class JiraProject
{
    public required string Id { get; init; }

    public required string Key { get; set; }

    public required string Name { get; set; }

    public string ProjectTypeKey { get; set; } = "software";

    /// <summary>The next issue number handed out in this project.</summary>
    public int NextNumber { get; set; } = 1;

    /// <summary>Field ids that creating an issue in this project requires beyond project, type and summary.</summary>
    public HashSet<string> RequiredFields { get; } = new(StringComparer.Ordinal);
}
