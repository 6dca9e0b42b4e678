namespace Matrix42.JiraConnector.Sqlite;

/// <summary>
/// The state database cannot be used: it was written by a newer version of the library, the file is not a
/// SQLite database or is damaged, or it cannot be opened or written (a folder, no access, read-only).
/// </summary>
public sealed class SqliteStateSchemaException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public SqliteStateSchemaException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was wrong.</param>
    public SqliteStateSchemaException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SqliteStateSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a file written by a newer library.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="fileVersion">The schema version found in the file.</param>
    /// <param name="supportedVersion">The newest schema version this library knows.</param>
    public SqliteStateSchemaException(string path, int fileVersion, int supportedVersion)
        : base($"The state database '{path}' has schema version {fileVersion}, but this library knows versions up to "
               + $"{supportedVersion}. Upgrade the library or point it at another file.")
    {
        FileVersion = fileVersion;
        SupportedVersion = supportedVersion;
    }

    /// <summary>The schema version found in the file.</summary>
    /// <value>0 when not known.</value>
    public int FileVersion { get; }

    /// <summary>The newest schema version this library knows.</summary>
    /// <value>0 when not known.</value>
    public int SupportedVersion { get; }
}
