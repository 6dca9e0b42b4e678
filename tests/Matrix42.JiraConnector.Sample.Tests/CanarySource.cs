namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>
/// How a canary secret reaches the sample: inline in the configuration file or through the environment.
/// </summary>
public enum CanarySource
{
    /// <summary>The secret is written into the configuration file.</summary>
    Inline,

    /// <summary>The file names an environment variable that holds the secret.</summary>
    Environment,
}
