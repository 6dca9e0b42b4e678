namespace Matrix42.JiraConnector.Jira;

/// <summary>Jira's error document: general messages and messages per field id.</summary>
public sealed record JiraErrorBody
{
    private readonly IReadOnlyList<string> _errorMessages = [];
    private readonly IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();

    /// <summary>General messages; default empty.</summary>
    public IReadOnlyList<string> ErrorMessages
    {
        get => _errorMessages;
        init => _errorMessages = value ?? [];
    }

    /// <summary>Messages by field id; default empty.</summary>
    public IReadOnlyDictionary<string, string> Errors
    {
        get => _errors;
        init => _errors = value ?? new Dictionary<string, string>();
    }

    /// <summary>The HTTP status Jira put in the body, if any.</summary>
    public int? Status { get; init; }
}
