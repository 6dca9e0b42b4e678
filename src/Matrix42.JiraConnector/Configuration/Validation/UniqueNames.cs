namespace Matrix42.JiraConnector.Configuration;

/// <summary>Detects a name or id used twice and reports where it was first used.</summary>
internal sealed class UniqueNames(string what, ConfigurationRule rule, StringComparer comparer)
{
    private readonly Dictionary<string, string> _firstSeen = new(comparer);

    public void Check(ProblemCollector problems, string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!_firstSeen.TryAdd(value.Trim(), path))
        {
            problems.Add(path, rule,
                $"The {what} '{ValueExcerpt.Of(value)}' is already used at {_firstSeen[value.Trim()]}.");
        }
    }
}
