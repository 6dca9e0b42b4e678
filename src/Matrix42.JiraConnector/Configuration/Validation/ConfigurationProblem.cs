namespace Matrix42.JiraConnector.Configuration;

/// <summary>One thing wrong with a configuration.</summary>
/// <param name="Path">The setting path, e.g. <c>connectors[0].scheduledTasks[1].jql</c>.</param>
/// <param name="Rule">The rule broken.</param>
/// <param name="Message">What is wrong and how to fix it; never contains a secret.</param>
public sealed record ConfigurationProblem(string Path, ConfigurationRule Rule, string Message)
{
    /// <summary>Formats the problem as <c>path: message</c>.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
