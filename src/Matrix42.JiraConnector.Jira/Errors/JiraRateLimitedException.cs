namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Jira kept answering 429 (or 503 with <c>Retry-After</c>) after the client's retries. The request was
/// not applied, so it is safe to try again later.
/// </summary>
public sealed class JiraRateLimitedException : JiraApiException
{
    /// <summary>Creates the exception.</summary>
    public JiraRateLimitedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public JiraRateLimitedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public JiraRateLimitedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from an error answer.</summary>
    /// <param name="details">The answer.</param>
    /// <param name="retryAfter">The last <c>Retry-After</c> value, if any.</param>
    /// <param name="reason">The last <c>RateLimit-Reason</c> value, if any.</param>
    public JiraRateLimitedException(JiraErrorDetails details, TimeSpan? retryAfter, string? reason)
        : base(details)
    {
        RetryAfter = retryAfter;
        Reason = reason;
    }

    /// <summary>The wait Jira asked for in its last answer (a lower bound); null when it sent none.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Jira's <c>RateLimit-Reason</c> header, such as <c>jira-burst-based</c>; null when absent.</summary>
    public string? Reason { get; }
}
