namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Thrown when an EQL condition cannot be built safely: an attribute code with characters outside
/// letters, digits and '_', or a value holding a character whose escaping ESM does not document
/// (a single quote, a backslash, a dollar sign or a control character).
/// </summary>
public sealed class EsmFilterException : ArgumentException
{
    /// <summary>Initializes a new instance.</summary>
    public EsmFilterException()
        : base("The EQL condition cannot be built safely.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public EsmFilterException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EsmFilterException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance naming the attribute.</summary>
    /// <param name="message">The message.</param>
    /// <param name="attributeCode">The attribute the condition was about.</param>
    public EsmFilterException(string message, string? attributeCode)
        : base(message)
    {
        AttributeCode = attributeCode;
    }

    /// <summary>Gets the attribute the refused condition was about, when known.</summary>
    public string? AttributeCode { get; }
}
