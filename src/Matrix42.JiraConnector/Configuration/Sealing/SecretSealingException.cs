namespace Matrix42.JiraConnector.Configuration.Sealing;

/// <summary>Thrown when secrets cannot be sealed or opened. The message never contains a secret.</summary>
public sealed class SecretSealingException : Exception
{
    /// <summary>Creates an exception.</summary>
    /// <param name="failure">Why sealing or opening failed.</param>
    /// <param name="message">A message naming what failed, without secret material.</param>
    public SecretSealingException(SecretSealingFailure failure, string message)
        : base(message) => Failure = failure;

    /// <summary>Creates an exception with the default message for <paramref name="failure"/>.</summary>
    public SecretSealingException(SecretSealingFailure failure)
        : this(failure, failure.ToString())
    {
    }

    /// <summary>Creates an exception for <see cref="SecretSealingFailure.UnsupportedFormat"/>.</summary>
    public SecretSealingException()
        : this(SecretSealingFailure.UnsupportedFormat)
    {
    }

    /// <summary>Creates an exception for <see cref="SecretSealingFailure.UnsupportedFormat"/>.</summary>
    public SecretSealingException(string message)
        : this(SecretSealingFailure.UnsupportedFormat, message)
    {
    }

    /// <summary>Creates an exception for <see cref="SecretSealingFailure.UnsupportedFormat"/>.</summary>
    public SecretSealingException(string message, Exception innerException)
        : base(message, innerException) => Failure = SecretSealingFailure.UnsupportedFormat;

    /// <summary>Why sealing or opening failed.</summary>
    public SecretSealingFailure Failure { get; }
}
