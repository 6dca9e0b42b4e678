namespace Matrix42.JiraConnector.Esm;

/// <summary>Thrown when ESM answers 404 for a template or card that does not exist.</summary>
public sealed class EsmNotFoundException : EsmApiException
{
    /// <summary>Initializes a new instance.</summary>
    public EsmNotFoundException()
        : base("The ESM template or card was not found.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public EsmNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EsmNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance from an error answer.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">The answer's status and error fields.</param>
    /// <param name="innerException">The cause, if any.</param>
    public EsmNotFoundException(string message, EsmErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
