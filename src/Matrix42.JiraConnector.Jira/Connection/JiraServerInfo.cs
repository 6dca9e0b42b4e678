namespace Matrix42.JiraConnector.Jira;

/// <summary>What <c>GET /rest/api/3/serverInfo</c> says about the site.</summary>
public sealed record JiraServerInfo
{
    /// <summary>The site's base URL.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The version string.</summary>
    public string? Version { get; init; }

    /// <summary><c>Cloud</c> for Jira Cloud.</summary>
    public string? DeploymentType { get; init; }

    /// <summary>The build number.</summary>
    public long? BuildNumber { get; init; }

    /// <summary>The site title.</summary>
    public string? ServerTitle { get; init; }
}
