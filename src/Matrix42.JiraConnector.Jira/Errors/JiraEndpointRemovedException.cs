namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Jira answered 410 Gone: the endpoint was removed. Never retried and never read as an empty result;
/// callers must stop rather than act on "nothing found".
/// </summary>
public sealed class JiraEndpointRemovedException : JiraApiException
{
    /// <summary>Creates the exception.</summary>
    public JiraEndpointRemovedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public JiraEndpointRemovedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public JiraEndpointRemovedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from an error answer.</summary>
    /// <param name="details">The answer.</param>
    public JiraEndpointRemovedException(JiraErrorDetails details)
        : base(details)
    {
    }
}
