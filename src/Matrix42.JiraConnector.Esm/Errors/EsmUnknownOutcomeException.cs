namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Thrown when a creating write (create, bulk import, add values) failed in a way that leaves its
/// outcome unknown: a timeout, a dropped connection, or a server error other than 503 with
/// <c>Retry-After</c>. The write may have been applied; look the card up before writing again.
/// </summary>
public sealed class EsmUnknownOutcomeException : EsmApiException
{
    /// <summary>Initializes a new instance.</summary>
    public EsmUnknownOutcomeException()
        : base("The outcome of the ESM write is unknown.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public EsmUnknownOutcomeException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause (a timeout or transport error).</param>
    public EsmUnknownOutcomeException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance from a server error answer.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">The answer's status and error fields.</param>
    /// <param name="innerException">The cause, if any.</param>
    public EsmUnknownOutcomeException(string message, EsmErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
