namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Thrown when ESM answers a call with an error, or the call could not be completed. Carries the
/// status and the service's own <c>error</c>, <c>message</c> and per-attribute errors.
/// </summary>
public class EsmApiException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public EsmApiException()
        : this("The ESM call failed.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public EsmApiException(string message)
        : this(message, null)
    {
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EsmApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance from an error answer.</summary>
    /// <param name="message">The message (names the call and what was wrong).</param>
    /// <param name="details">The answer's status and the service's error fields.</param>
    /// <param name="innerException">The cause, if any.</param>
    public EsmApiException(string message, EsmErrorDetails details, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        StatusCode = details.StatusCode;
        Error = details.Error;
        ApiMessage = details.Message;
        Url = details.Url;
        AttributeErrors = details.AttributeErrors;
    }

    /// <summary>Gets the HTTP status; null when no answer arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>Gets the service's <c>error</c> field (for example <c>Bad Request</c>).</summary>
    public string? Error { get; }

    /// <summary>Gets the service's <c>message</c> field.</summary>
    public string? ApiMessage { get; }

    /// <summary>Gets the service's <c>url</c> field, as the service returned it.</summary>
    public string? Url { get; }

    /// <summary>Gets the per-attribute errors; empty when none were given.</summary>
    public IReadOnlyList<EsmAttributeError> AttributeErrors { get; } = [];
}
