using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Tasks;
using Matrix42.JiraConnector.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>
/// The generic host the event activities run in, built the way a customer's service embeds the connector:
/// <c>AddJiraConnector</c>, <c>AddConnector</c> for each connector and <c>UseSqliteState</c> on the state file the
/// rest of the run uses. The activities go through <see cref="IConnectorTaskController.RunEventActivityAsync"/>
/// on each connector's own DI clients. The host is never started: a one-off command needs no scheduler.
/// </summary>
internal sealed class EventHost : IDisposable
{
    private readonly IHost _host;

    private EventHost(IHost host)
    {
        _host = host;
        Tasks = host.Services.GetRequiredService<IConnectorTaskController>();
    }

    /// <summary>The controller the activities run through.</summary>
    public IConnectorTaskController Tasks { get; }

    /// <summary>Builds the host; the connector settings are checked when the controller is first resolved.</summary>
    /// <param name="document">The connectors.</param>
    /// <param name="stateDatabase">The SQLite file the sample's own store has open too.</param>
    /// <param name="timeProvider">The clock of the run.</param>
    /// <param name="environment">Reads the environment variables that hold the connectors' secrets.</param>
    public static EventHost Build(
        ConnectorConfigurationDocument document,
        string stateDatabase,
        TimeProvider timeProvider,
        Func<string, string?> environment)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(timeProvider);
        var connector = builder.Services.AddJiraConnector();
        foreach (var definition in document.Connectors)
        {
            connector.AddConnector(definition);
        }

        // Secret references are read through the sample's own lookup (which tests replace), not the process's.
        connector.UseSecretResolver(name => environment(name)).UseSqliteState(stateDatabase);
        var host = builder.Build();
        try
        {
            return new EventHost(host);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Disposes the host and with it its SQLite store. That clears the process's SQLite connection pools, which
    /// the sample's own store on the same file only notices as a fresh connection on its next call.
    /// </summary>
    public void Dispose() => _host.Dispose();
}
