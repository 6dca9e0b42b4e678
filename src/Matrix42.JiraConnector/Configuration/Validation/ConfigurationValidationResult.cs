namespace Matrix42.JiraConnector.Configuration;

/// <summary>The outcome of validating a configuration: every problem found, in document order.</summary>
public sealed class ConfigurationValidationResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="problems">The problems found.</param>
    public ConfigurationValidationResult(IReadOnlyList<ConfigurationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = problems;
    }

    /// <summary>Every problem found; empty when the configuration is valid.</summary>
    public IReadOnlyList<ConfigurationProblem> Problems { get; }

    /// <summary>Whether no problem was found.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>Throws when any problem was found.</summary>
    /// <exception cref="ConfigurationValidationException">Carries every problem.</exception>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new ConfigurationValidationException(Problems);
        }
    }
}
