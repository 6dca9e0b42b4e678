namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Thrown when ESM refuses the login or the token (wrong credentials, not a local user, or no
/// External API permission).
/// </summary>
public sealed class EsmAuthenticationException : EsmApiException
{
    /// <summary>Initializes a new instance.</summary>
    public EsmAuthenticationException()
        : base("The ESM login failed.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public EsmAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EsmAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance from an error answer.</summary>
    /// <param name="message">The message.</param>
    /// <param name="details">The answer's status and error fields.</param>
    /// <param name="innerException">The cause, if any.</param>
    public EsmAuthenticationException(string message, EsmErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
