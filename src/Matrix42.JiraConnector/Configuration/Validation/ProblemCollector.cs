namespace Matrix42.JiraConnector.Configuration;

/// <summary>Gathers problems during one validation pass.</summary>
internal sealed class ProblemCollector
{
    private readonly List<ConfigurationProblem> _problems = [];

    public IReadOnlyList<ConfigurationProblem> Problems => _problems;

    public void Add(string path, ConfigurationRule rule, string message) =>
        _problems.Add(new ConfigurationProblem(path, rule, message));

    /// <summary>Reports a missing value and returns whether the value is present.</summary>
    public bool Require(string? value, string path, string what)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Add(path, ConfigurationRule.Required, $"{what} is required.");
        return false;
    }
}
