namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Thrown when paging a list does not progress as the API promises (ids that do not decrease);
/// paging stops instead of looping.
/// </summary>
public sealed class EsmPagingException : EsmApiException
{
    /// <summary>Initializes a new instance.</summary>
    public EsmPagingException()
        : base("ESM paging did not progress.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public EsmPagingException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EsmPagingException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance from an error answer.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">The answer's status and error fields.</param>
    /// <param name="innerException">The cause, if any.</param>
    public EsmPagingException(string message, EsmErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
