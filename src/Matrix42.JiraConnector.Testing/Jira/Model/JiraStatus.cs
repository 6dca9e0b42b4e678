namespace Matrix42.JiraConnector.Testing.Jira.Model;

/// <summary>A workflow status with its category (<c>new</c>, <c>indeterminate</c> or <c>done</c>).</summary>
internal sealed class JiraStatus
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public string CategoryKey { get; set; } = "new";
}
