using Matrix42.JiraConnector.Hosting;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Matrix42.JiraConnector.Sqlite;

/// <summary>Chooses the SQLite state store for a connector host.</summary>
public static class SqliteJiraConnectorBuilderExtensions
{
    /// <summary>
    /// Keeps the connector state (caches, watermarks, history, leases, schedule checkpoints) in one SQLite file
    /// that survives restarts and can be shared by several host processes on this machine.
    /// </summary>
    /// <param name="builder">The connector builder.</param>
    /// <param name="path">The database file; created with its folder when missing.</param>
    /// <param name="configure">Changes further settings; none when <see langword="null"/>.</param>
    /// <returns>The builder.</returns>
    public static JiraConnectorBuilder UseSqliteState(
        this JiraConnectorBuilder builder, string path, Action<SqliteStateStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var options = new SqliteStateStoreOptions { Path = path };
        configure?.Invoke(options);

        builder.Services.RemoveAll<IConnectorStateStore>();
        builder.Services.RemoveAll<IScheduleCheckpointStore>();
        builder.Services.TryAddSingleton(sp => new SqliteConnectorStateStore(options, sp.GetService<TimeProvider>()));
        builder.Services.AddSingleton<IConnectorStateStore>(sp => sp.GetRequiredService<SqliteConnectorStateStore>());
        builder.Services.AddSingleton<IScheduleCheckpointStore>(
            sp => sp.GetRequiredService<SqliteConnectorStateStore>());
        return builder.MarkStateStoreChosen();
    }
}
