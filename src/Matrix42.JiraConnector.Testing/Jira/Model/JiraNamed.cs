namespace Matrix42.JiraConnector.Testing.Jira.Model;

/// <summary>
/// A simple named configuration item: issue type, resolution or priority. Their shapes differ only in a few
/// attributes, which the serialiser adds per kind.
/// </summary>
internal sealed class JiraNamed
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public string Description { get; set; } = string.Empty;

    /// <summary>For issue types: whether it is a subtask type.</summary>
    public bool Subtask { get; set; }

    /// <summary>For priorities and resolutions: whether it is the default.</summary>
    public bool IsDefault { get; set; }
}
