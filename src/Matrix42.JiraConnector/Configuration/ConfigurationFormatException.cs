namespace Matrix42.JiraConnector.Configuration;

/// <summary>A configuration document could not be read: malformed JSON, an unknown format version, or a bad
/// seal.</summary>
public sealed class ConfigurationFormatException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ConfigurationFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was wrong.</param>
    public ConfigurationFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ConfigurationFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
