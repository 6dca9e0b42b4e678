namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>A cron expression or time zone of a task could not be read.</summary>
public sealed class InvalidScheduleException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public InvalidScheduleException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was wrong.</param>
    public InvalidScheduleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the parser's error.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The parser's error.</param>
    public InvalidScheduleException(string message, System.Exception innerException)
        : base(message, innerException)
    {
    }
}
