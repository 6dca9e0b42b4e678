using System.Net;

namespace Matrix42.JiraConnector.Jira;

/// <summary>The parts of a Jira error answer, as collected by the client.</summary>
public sealed record JiraErrorDetails
{
    private readonly IReadOnlyList<string> _errorMessages = [];
    private readonly IReadOnlyDictionary<string, string> _fieldErrors = new Dictionary<string, string>();

    /// <summary>The HTTP status.</summary>
    public required HttpStatusCode StatusCode { get; init; }

    /// <summary>The HTTP method, such as <c>GET</c>.</summary>
    public required string Method { get; init; }

    /// <summary>The path without query string.</summary>
    public required string Path { get; init; }

    /// <summary>Jira's <c>errorMessages</c>; default empty.</summary>
    public IReadOnlyList<string> ErrorMessages
    {
        get => _errorMessages;
        init => _errorMessages = value ?? [];
    }

    /// <summary>Jira's <c>errors</c> by field id; default empty.</summary>
    public IReadOnlyDictionary<string, string> FieldErrors
    {
        get => _fieldErrors;
        init => _fieldErrors = value ?? new Dictionary<string, string>();
    }

    /// <summary>A short snippet of a body that was not a Jira error document; default none.</summary>
    public string? BodySnippet { get; init; }

    /// <summary>An explanation the client adds when Jira's text is known to be misleading; default none.</summary>
    public string? Hint { get; init; }
}
