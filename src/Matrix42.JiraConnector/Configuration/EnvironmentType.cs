namespace Matrix42.JiraConnector.Configuration;

/// <summary>The kind of environment a connector serves; it decides how critical alerts are.</summary>
public enum EnvironmentType
{
    /// <summary>A test environment.</summary>
    Test,

    /// <summary>A production environment.</summary>
    Prod,

    /// <summary>A demo or training environment.</summary>
    Demo,

    /// <summary>A development environment.</summary>
    Dev,
}
