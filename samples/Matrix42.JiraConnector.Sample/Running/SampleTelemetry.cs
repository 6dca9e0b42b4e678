using Matrix42.JiraConnector.Hosting.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>
/// The optional OpenTelemetry console exporter: traces and metrics of the connector's activity source and meter
/// (<see cref="ConnectorTelemetry.Name"/>), the way a customer's host would subscribe to them.
/// </summary>
internal static class SampleTelemetry
{
    public const string ServiceName = "Matrix42.JiraConnector.Sample";

    public static void AddConsoleExporter(IServiceCollection services) =>
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing.AddSource(ConnectorTelemetry.Name).AddConsoleExporter())
            .WithMetrics(metrics => metrics.AddMeter(ConnectorTelemetry.Name).AddConsoleExporter());

    /// <summary>
    /// Creates the providers. The one-off commands run in the foreground and never start the host, whose
    /// hosted service would otherwise create them.
    /// </summary>
    public static void Start(IServiceProvider services)
    {
        _ = services.GetService<TracerProvider>();
        _ = services.GetService<MeterProvider>();
    }

    /// <summary>
    /// Exports what is left and shuts the providers down while the connector's meter still exists, so the last
    /// run's metrics are written once, before the program's own last lines.
    /// </summary>
    public static void Stop(IServiceProvider services)
    {
        services.GetService<TracerProvider>()?.Shutdown();
        services.GetService<MeterProvider>()?.Shutdown();
    }
}
