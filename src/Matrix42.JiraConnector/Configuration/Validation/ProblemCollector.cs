using System.Globalization;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>Gathers problems during one validation pass.</summary>
internal sealed class ProblemCollector
{
    private readonly List<ConfigurationProblem> _problems = [];

    public IReadOnlyList<ConfigurationProblem> Problems => _problems;

    public void Add(string path, ConfigurationRule rule, string message) =>
        _problems.Add(new ConfigurationProblem(path, rule, message));

    /// <summary>
    /// Reports a value longer than its limit, naming the length and the limit but not the value, and returns
    /// whether the value fits (a missing value fits).
    /// </summary>
    public bool FitsLimit(string? value, string path, int limit, string what)
    {
        if (value is null || value.Length <= limit)
        {
            return true;
        }

        Add(path, ConfigurationRule.TooLong, string.Create(CultureInfo.InvariantCulture,
            $"{what} is {value.Length:N0} characters long; at most {limit:N0} are allowed."));
        return false;
    }

    /// <summary>Reports a missing or too long value and returns whether the value is present and fits.</summary>
    public bool RequireWithin(string? value, string path, string what, int limit) =>
        Require(value, path, what) && FitsLimit(value, path, limit, what);

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
