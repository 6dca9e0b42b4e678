namespace Matrix42.JiraConnector.Hosting.Connectors;

/// <summary>A connector id was asked for that the host does not know.</summary>
public sealed class UnknownConnectorException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    public UnknownConnectorException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was wrong.</param>
    public UnknownConnectorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    public UnknownConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an unknown id.</summary>
    /// <param name="connectorId">The id asked for.</param>
    /// <param name="known">The ids the host knows.</param>
    public UnknownConnectorException(string connectorId, IEnumerable<string> known)
        : base($"No connector with id '{connectorId}' is registered; known ids: {string.Join(", ", known)}.")
    {
        ConnectorId = connectorId;
    }

    /// <summary>The id asked for.</summary>
    /// <value>Null when not known.</value>
    public string? ConnectorId { get; }
}
