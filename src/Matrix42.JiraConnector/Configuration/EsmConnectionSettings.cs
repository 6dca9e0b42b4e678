namespace Matrix42.JiraConnector.Configuration;

/// <summary>Where the ESM environment is and which WebAPI user the connector writes as.</summary>
public sealed class EsmConnectionSettings
{
    /// <summary>The ESM base URL, e.g. <c>https://acme.efectecloud.com/itsm</c>.</summary>
    /// <value>No default; required.</value>
    public string? BaseUrl { get; set; }

    /// <summary>The WebAPI user name.</summary>
    /// <value>No default; required.</value>
    public string? WebApiUser { get; set; }

    /// <summary>The WebAPI user's password.</summary>
    /// <value>No default; required.</value>
    public SecretValue? WebApiPassword { get; set; }

    /// <summary>
    /// Allows plain <c>http</c> for a loopback host (127.0.0.1, ::1, localhost); meant for local fakes only.
    /// </summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool AllowInsecureLoopback { get; set; }
}
