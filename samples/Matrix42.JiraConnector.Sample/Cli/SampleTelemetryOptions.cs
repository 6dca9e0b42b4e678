namespace Matrix42.JiraConnector.Sample.Cli;

/// <summary>The <c>Sample:Telemetry</c> section: where the connector's traces and metrics go.</summary>
internal sealed class SampleTelemetryOptions
{
    /// <summary>
    /// Writes the connector's spans and metrics to standard output through the OpenTelemetry console exporter.
    /// Off by default, so the demo's own output stays readable.
    /// </summary>
    public bool Console { get; set; }
}
