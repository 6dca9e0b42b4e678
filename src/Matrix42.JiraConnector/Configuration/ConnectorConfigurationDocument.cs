using Matrix42.JiraConnector.Configuration.Sealing;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// The whole connector configuration: every connector with its scheduled and event tasks. The same
/// document is read from <c>IConfiguration</c>, exported and imported as JSON, and validated as a unit.
/// </summary>
public sealed class ConnectorConfigurationDocument
{
    /// <summary>The format version this library writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The document format version.</summary>
    /// <value>Defaults to <see cref="CurrentFormatVersion"/>.</value>
    public int FormatVersion { get; set; } = CurrentFormatVersion;

    /// <summary>The configured connectors, one per Jira site and ESM environment pair.</summary>
    /// <value>Empty by default.</value>
    public IList<ConnectorDefinition> Connectors { get; set; } = [];

    /// <summary>
    /// The sealing header of an exported document whose secrets are sealed; <see langword="null"/> otherwise.
    /// Written and read by <see cref="ConfigurationExport"/>.
    /// </summary>
    /// <value>No default.</value>
    public SealingParameters? Sealing { get; set; }
}
