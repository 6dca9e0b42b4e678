namespace Matrix42.JiraConnector.Testing.Esm.Eql;

/// <summary>An EQL condition the fake cannot interpret; it becomes a 400 answer with this message.</summary>
internal sealed class EqlException : FormatException
{
    /// <summary>Creates an exception with a default message.</summary>
    public EqlException()
        : base("The EQL filter is not valid.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public EqlException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public EqlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
