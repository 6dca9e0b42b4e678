using Matrix42.JiraConnector.Hosting;
using Matrix42.JiraConnector.Hosting.Telemetry;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sample.Cli;

/// <summary>What every command of the sample needs from the host.</summary>
internal sealed class SampleContext
{
    public required SampleOptions Options { get; init; }

    public required TextWriter Output { get; init; }

    public required Func<string, string?> Environment { get; init; }

    public required TimeProvider TimeProvider { get; init; }

    public required ILoggerFactory LoggerFactory { get; init; }

    public required ILogger Logger { get; init; }

    /// <summary>The connector's instruments on the host's meter factory, for runs the sample starts itself.</summary>
    public required ConnectorTelemetry Telemetry { get; init; }

    /// <summary>
    /// The options <see cref="Telemetry"/> reads the connectors from; the document is set once loaded.
    /// </summary>
    public required JiraConnectorOptions Connectors { get; init; }
}
