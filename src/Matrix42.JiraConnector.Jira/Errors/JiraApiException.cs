using System.Net;
using System.Text;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Jira answered a call with an error. Carries the HTTP status, Jira's own <c>errorMessages</c> and
/// field-keyed <c>errors</c>, and the method and path of the call (never its query string, which can
/// hold personal data). Bodies that are not JSON (proxy HTML pages) are kept as a short snippet.
/// </summary>
public class JiraApiException : Exception
{
    private static readonly IReadOnlyDictionary<string, string> NoFieldErrors = new Dictionary<string, string>();

    /// <summary>Creates an exception with only a message (no HTTP details).</summary>
    public JiraApiException()
        : this("The Jira call failed.")
    {
    }

    /// <summary>Creates an exception with only a message (no HTTP details).</summary>
    /// <param name="message">What went wrong.</param>
    public JiraApiException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Creates an exception with only a message and a cause (no HTTP details).</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public JiraApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
        ErrorMessages = [];
        FieldErrors = NoFieldErrors;
        Method = string.Empty;
        Path = string.Empty;
    }

    /// <summary>Creates an exception for an error answer.</summary>
    /// <param name="details">The parsed answer.</param>
    public JiraApiException(JiraErrorDetails details)
        : this(details, innerException: null)
    {
    }

    /// <summary>Creates an exception for an error answer.</summary>
    /// <param name="details">The parsed answer.</param>
    /// <param name="innerException">The cause, if any.</param>
    public JiraApiException(JiraErrorDetails details, Exception? innerException)
        : base(BuildMessage(details), innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        StatusCode = details.StatusCode;
        ErrorMessages = details.ErrorMessages;
        FieldErrors = details.FieldErrors;
        Method = details.Method;
        Path = details.Path;
        BodySnippet = details.BodySnippet;
    }

    /// <summary>The HTTP status Jira answered with; <see langword="null"/> when there was no answer.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Jira's general messages (<c>errorMessages</c>); empty when there were none.</summary>
    public IReadOnlyList<string> ErrorMessages { get; }

    /// <summary>Jira's messages per field id (<c>errors</c>); empty when there were none.</summary>
    public IReadOnlyDictionary<string, string> FieldErrors { get; }

    /// <summary>The HTTP method of the failed call, such as <c>POST</c>; empty when not an HTTP failure.</summary>
    public string Method { get; }

    /// <summary>The path of the failed call without its query string, such as <c>/rest/api/3/issue</c>.</summary>
    public string Path { get; }

    /// <summary>The first characters of a body that was not a Jira error document, for diagnostics.</summary>
    public string? BodySnippet { get; }

    private static string BuildMessage(JiraErrorDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var builder = new StringBuilder()
            .Append("Jira answered ").Append((int)details.StatusCode).Append(' ').Append(details.StatusCode)
            .Append(" to ").Append(details.Method).Append(' ').Append(details.Path);

        var parts = details.ErrorMessages
            .Concat(details.FieldErrors.Select(e => e.Key + ": " + e.Value))
            .ToList();
        if (parts.Count > 0)
        {
            builder.Append(": ").AppendJoin("; ", parts);
        }
        else if (!string.IsNullOrEmpty(details.BodySnippet))
        {
            builder.Append(" (body: ").Append(details.BodySnippet).Append(')');
        }

        if (!string.IsNullOrEmpty(details.Hint))
        {
            builder.Append(". ").Append(details.Hint);
        }

        return builder.ToString();
    }
}
