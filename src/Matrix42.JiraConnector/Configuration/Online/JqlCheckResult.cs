namespace Matrix42.JiraConnector.Configuration;

/// <summary>What Jira's JQL parser said about a query.</summary>
/// <param name="Errors">Jira's own error messages; empty when the query parsed.</param>
public sealed record JqlCheckResult(IReadOnlyList<string> Errors)
{
    /// <summary>A result for a query that parsed.</summary>
    public static JqlCheckResult Valid { get; } = new([]);

    /// <summary>Whether the query parsed.</summary>
    public bool IsValid => Errors.Count == 0;
}
