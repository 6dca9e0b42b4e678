using System.Text.Json;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Jira's verdict on one JQL query. Jira answers 200 even for invalid queries; the errors are here.
/// A value that does not exist (for example <c>project = NOPE</c>) may appear only as a warning.
/// </summary>
public sealed record JqlParseResult
{
    private readonly IReadOnlyList<string> _errors = [];
    private readonly IReadOnlyList<string> _warnings = [];

    /// <summary>The query as sent.</summary>
    public string? Query { get; init; }

    /// <summary>The parsed structure as raw JSON; null when the query did not parse.</summary>
    public JsonElement? Structure { get; init; }

    /// <summary>The errors; default empty.</summary>
    public IReadOnlyList<string> Errors
    {
        get => _errors;
        init => _errors = value ?? [];
    }

    /// <summary>The warnings; default empty.</summary>
    public IReadOnlyList<string> Warnings
    {
        get => _warnings;
        init => _warnings = value ?? [];
    }

    /// <summary><see langword="true"/> when Jira reported no errors.</summary>
    public bool IsValid => Errors.Count == 0;
}
