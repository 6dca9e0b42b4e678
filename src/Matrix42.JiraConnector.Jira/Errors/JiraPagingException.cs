namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Paging went wrong: the server repeated a continuation token, or a call ran past the page cap.
/// Results read so far are incomplete; a full-run deletion pass must not run on them.
/// </summary>
public sealed class JiraPagingException : JiraApiException
{
    /// <summary>Creates the exception.</summary>
    public JiraPagingException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public JiraPagingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public JiraPagingException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
