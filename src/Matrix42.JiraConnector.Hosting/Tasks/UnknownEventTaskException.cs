namespace Matrix42.JiraConnector.Hosting.Tasks;

/// <summary>An event task was asked for that the connector does not have.</summary>
public sealed class UnknownEventTaskException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    public UnknownEventTaskException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was wrong.</param>
    public UnknownEventTaskException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    public UnknownEventTaskException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an unknown task.</summary>
    /// <param name="connectorId">The connector asked.</param>
    /// <param name="task">The task id or name asked for.</param>
    /// <param name="known">The ids of the connector's event tasks.</param>
    public UnknownEventTaskException(string connectorId, string task, IEnumerable<string> known)
        : base($"Connector '{connectorId}' has no event task with the id or name '{task}'; "
               + $"known ids: {string.Join(", ", known)}.")
    {
        ConnectorId = connectorId;
        Task = task;
    }

    /// <summary>The connector asked.</summary>
    /// <value>Null when not known.</value>
    public string? ConnectorId { get; }

    /// <summary>The task id or name asked for.</summary>
    /// <value>Null when not known.</value>
    public string? Task { get; }
}
