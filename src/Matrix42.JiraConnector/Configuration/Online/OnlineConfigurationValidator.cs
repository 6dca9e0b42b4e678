using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// Checks a configuration against the live services, on explicit request: JQL with Jira's parser, custom
/// field names and ids against the site's field list, and templates, folders, attributes and static values
/// against ESM template definitions. Run offline validation first; this assumes the structure is sound.
/// </summary>
public sealed class OnlineConfigurationValidator
{
    private readonly Func<ConnectorDefinition, IJiraMetadataSource> _jira;
    private readonly Func<ConnectorDefinition, IEsmTemplateSource> _esm;
    private readonly ILogger _logger;

    /// <summary>Creates the validator.</summary>
    /// <param name="jira">Gives the Jira metadata source of a connector.</param>
    /// <param name="esm">Gives the ESM template source of a connector.</param>
    /// <param name="logger">Receives events 3000–3001; defaults to no logging.</param>
    public OnlineConfigurationValidator(Func<ConnectorDefinition, IJiraMetadataSource> jira,
        Func<ConnectorDefinition, IEsmTemplateSource> esm, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(jira);
        ArgumentNullException.ThrowIfNull(esm);
        _jira = jira;
        _esm = esm;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Validates every connector of the document against its services.</summary>
    /// <param name="document">The document, already valid offline.</param>
    /// <param name="cancellationToken">Cancels the checks.</param>
    /// <returns>Every problem found and the field catalogs read.</returns>
    public async Task<OnlineValidationResult> ValidateAsync(ConnectorConfigurationDocument document,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new ProblemCollector();
        var catalogs = new Dictionary<string, JiraFieldCatalog>(StringComparer.Ordinal);

        for (var c = 0; c < document.Connectors.Count; c++)
        {
            var connector = document.Connectors[c];
            var before = problems.Problems.Count;
            var checks = new OnlineConnectorChecks(problems, _jira(connector), _esm(connector), $"connectors[{c}]",
                _logger, connector.Id);
            var catalog = await checks.RunAsync(connector, cancellationToken).ConfigureAwait(false);
            ConfigurationLog.OnlineValidationFinished(_logger, connector.Id, problems.Problems.Count - before);
            if (connector.Id is not null && catalog is not null)
            {
                catalogs[connector.Id] = catalog;
            }
        }

        return new OnlineValidationResult(problems.Problems, catalogs);
    }
}
