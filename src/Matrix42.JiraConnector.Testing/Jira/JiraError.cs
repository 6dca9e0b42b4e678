using System.Net;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>
/// A request the fake refuses, carried to the router that renders it as Jira's error body
/// (<c>{"errorMessages":[...],"errors":{...}}</c>).
/// </summary>
internal sealed class JiraError : InvalidOperationException
{
    public JiraError(HttpStatusCode status, string message, IReadOnlyDictionary<string, string>? fieldErrors = null)
        : base(message)
    {
        Status = status;
        FieldErrors = fieldErrors ?? new Dictionary<string, string>();
    }

    public JiraError()
        : this(HttpStatusCode.BadRequest, "Bad request.")
    {
    }

    public JiraError(string message)
        : this(HttpStatusCode.BadRequest, message)
    {
    }

    public JiraError(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = HttpStatusCode.BadRequest;
        FieldErrors = new Dictionary<string, string>();
    }

    public HttpStatusCode Status { get; }

    public IReadOnlyDictionary<string, string> FieldErrors { get; }

    /// <summary>The message and the field errors in one line, for exceptions thrown to test code.</summary>
    public string Describe() =>
        string.Join("; ", new[] { Message }.Concat(FieldErrors.Select(e => $"{e.Key}: {e.Value}")).Where(t =>
            t.Length > 0));

    public static JiraError Field(string fieldId, string message) =>
        new(HttpStatusCode.BadRequest, string.Empty, new Dictionary<string, string> { [fieldId] = message });

    public static JiraError IssueNotFound() =>
        new(HttpStatusCode.NotFound, "Issue does not exist or you do not have permission to see it.");

    public static JiraError UserNotFound() =>
        new(HttpStatusCode.NotFound, "Specified user does not exist or you do not have required permissions");

    public static JiraError GroupNotFound() =>
        new(HttpStatusCode.NotFound, "Specified group does not exist.");
}
