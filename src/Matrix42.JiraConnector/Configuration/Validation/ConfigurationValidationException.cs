namespace Matrix42.JiraConnector.Configuration;

/// <summary>A configuration is invalid; <see cref="Problems"/> lists every problem, each naming its setting.</summary>
public sealed class ConfigurationValidationException : InvalidOperationException
{
    /// <summary>Creates the exception with no problems listed.</summary>
    public ConfigurationValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message and no problems listed.</summary>
    /// <param name="message">The message.</param>
    public ConfigurationValidationException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConfigurationValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Creates the exception for a list of problems.</summary>
    /// <param name="problems">The problems.</param>
    public ConfigurationValidationException(IReadOnlyList<ConfigurationProblem> problems)
        : base(Format(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ConfigurationProblem> Problems { get; }

    private static string Format(IReadOnlyList<ConfigurationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return $"The connector configuration has {problems.Count} problem(s):" + System.Environment.NewLine +
               string.Join(System.Environment.NewLine, problems.Select(p => "  " + p));
    }
}
