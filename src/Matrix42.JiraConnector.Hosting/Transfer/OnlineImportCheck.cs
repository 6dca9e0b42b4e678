using System.Globalization;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Secrets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matrix42.JiraConnector.Hosting.Transfer;

/// <summary>
/// The ready-made online check of an import: runs the core's <see cref="OnlineConfigurationValidator"/> over the
/// merged document with, for every connector, Jira and ESM clients built from that connector's own settings, so
/// new and changed connectors are checked against the services they name. Missing templates, folders, attributes,
/// static values and Jira fields, and rejected JQL, are listed as <c>Connector 'id': path: message</c>. A service
/// that cannot be reached, cannot be set up or answers with an error fails the check closed: the import is refused
/// with a line naming the connector and the service, never taken unchecked. The clients live only for the check.
/// </summary>
public sealed class OnlineImportCheck : IConfigurationImportCheck
{
    private readonly OnlineImportCheckOptions _options;
    private readonly IConnectorSecretResolver _secrets;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;

    /// <summary>Creates the check.</summary>
    /// <param name="options">Handlers, retries and timeout for the check; the defaults when null.</param>
    /// <param name="timeProvider">The clock of the clients; the system clock when null.</param>
    /// <param name="loggerFactory">Logging of the clients and the validator; none when null.</param>
    /// <param name="secretResolver">
    /// Looks up the secrets the document names by reference, as the host does; the process environment when null.
    /// </param>
    public OnlineImportCheck(
        OnlineImportCheckOptions? options = null, TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null, IConnectorSecretResolver? secretResolver = null)
    {
        _options = options ?? new OnlineImportCheckOptions();
        _secrets = secretResolver ?? new EnvironmentSecretResolver();
        _time = timeProvider ?? TimeProvider.System;
        _loggers = loggerFactory ?? NullLoggerFactory.Instance;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> FindProblemsAsync(
        ConnectorConfigurationDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var probes = new List<ConnectorProbe>();
        try
        {
            var validator = new OnlineConfigurationValidator(
                c => ProbeOf(c, probes).Jira, c => ProbeOf(c, probes).Esm,
                _loggers.CreateLogger<OnlineConfigurationValidator>());
            var result = await validator.ValidateAsync(document, cancellationToken).ConfigureAwait(false);
            return Describe(document, probes, result.Problems);
        }
        finally
        {
            foreach (var probe in probes)
            {
                probe.Dispose();
            }
        }
    }

    private ConnectorProbe ProbeOf(ConnectorDefinition connector, List<ConnectorProbe> probes)
    {
        var probe = probes.Find(p => ReferenceEquals(p.Connector, connector));
        if (probe is null)
        {
            probe = new ConnectorProbe(connector, _options, _secrets, _time, _loggers);
            probes.Add(probe);
        }

        return probe;
    }

    // Service failures first, as they explain the problems that follow; every path gets its connector's id.
    private static List<string> Describe(
        ConnectorConfigurationDocument document, List<ConnectorProbe> probes,
        IReadOnlyList<ConfigurationProblem> problems)
    {
        var lines = new List<string>();
        foreach (var probe in probes)
        {
            foreach (var guard in new[] { probe.JiraGuard, probe.EsmGuard })
            {
                if (guard.Describe(probe.Connector.Id) is { } line)
                {
                    lines.Add(line);
                }
            }
        }

        foreach (var problem in problems)
        {
            lines.Add(ConnectorIdOf(document, problem.Path) is { } id
                ? $"Connector '{id}': {problem}"
                : problem.ToString());
        }

        return lines;
    }

    private static string? ConnectorIdOf(ConnectorConfigurationDocument document, string path)
    {
        const string Prefix = "connectors[";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf(']', Prefix.Length);
        return end > 0
               && int.TryParse(path.AsSpan(Prefix.Length, end - Prefix.Length), NumberStyles.None,
                   CultureInfo.InvariantCulture, out var index)
               && index < document.Connectors.Count
            ? document.Connectors[index].Id
            : null;
    }
}
