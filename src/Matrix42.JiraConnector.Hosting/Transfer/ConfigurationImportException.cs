namespace Matrix42.JiraConnector.Hosting.Transfer;

/// <summary>An import was refused; nothing of it was applied. <see cref="Problems"/> lists every reason.</summary>
public sealed class ConfigurationImportException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ConfigurationImportException()
        : this("The import was refused.", [])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Why the import was refused.</param>
    public ConfigurationImportException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">Why the import was refused.</param>
    /// <param name="innerException">The cause, e.g. a wrong password.</param>
    public ConfigurationImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception listing every problem.</summary>
    /// <param name="message">A summary.</param>
    /// <param name="problems">Every reason the import was refused.</param>
    public ConfigurationImportException(string message, IReadOnlyList<string> problems)
        : base(problems.Count == 0 ? message : message + " " + string.Join(" ", problems))
    {
        Problems = problems;
    }

    /// <summary>Every reason the import was refused.</summary>
    /// <value>At least one entry for an import refused by its content.</value>
    public IReadOnlyList<string> Problems { get; }
}
