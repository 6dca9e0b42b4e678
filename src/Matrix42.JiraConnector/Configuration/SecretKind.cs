namespace Matrix42.JiraConnector.Configuration;

/// <summary>How a <see cref="SecretValue"/> holds its secret.</summary>
public enum SecretKind
{
    /// <summary>No secret is given.</summary>
    None,

    /// <summary>The secret is written in the configuration itself.</summary>
    Inline,

    /// <summary>The configuration names an environment variable that holds the secret.</summary>
    EnvironmentVariable,

    /// <summary>The secret is encrypted with an export password (see <see cref="ConfigurationExport"/>).</summary>
    Sealed,
}
