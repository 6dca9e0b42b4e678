using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>A mapping cannot be compiled; <see cref="Problems"/> lists every reason with its setting path.</summary>
public sealed class MappingCompilationException : InvalidOperationException
{
    /// <summary>Creates the exception with no problems listed.</summary>
    public MappingCompilationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MappingCompilationException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MappingCompilationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Creates the exception for a list of problems.</summary>
    /// <param name="problems">The problems.</param>
    public MappingCompilationException(IReadOnlyList<ConfigurationProblem> problems)
        : base("The mapping cannot be compiled: " + string.Join("; ", problems ?? []))
    {
        Problems = problems ?? [];
    }

    /// <summary>Every reason the mapping cannot be compiled.</summary>
    public IReadOnlyList<ConfigurationProblem> Problems { get; }
}
