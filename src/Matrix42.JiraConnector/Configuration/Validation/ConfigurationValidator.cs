namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// Checks a configuration offline (no service calls) and reports every problem at once, each naming its
/// setting path. See docs/configuration.md for the rules.
/// </summary>
public static class ConfigurationValidator
{
    /// <summary>Validates a whole document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Every problem found.</returns>
    public static ConfigurationValidationResult Validate(ConnectorConfigurationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new ProblemCollector();

        if (document.FormatVersion != ConnectorConfigurationDocument.CurrentFormatVersion)
        {
            problems.Add("formatVersion", ConfigurationRule.InvalidValue,
                $"Format version {document.FormatVersion} is not supported; expected " +
                $"{ConnectorConfigurationDocument.CurrentFormatVersion}.");
        }

        var ids = new UniqueNames("id", ConfigurationRule.DuplicateId, StringComparer.Ordinal);
        var connectorNames = new UniqueNames("connector name", ConfigurationRule.DuplicateName,
            StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < document.Connectors.Count; c++)
        {
            var connector = document.Connectors[c];
            var path = $"connectors[{c}]";
            if (connector is null)
            {
                problems.Add(path, ConfigurationRule.Required, "The connector entry is empty.");
                continue;
            }

            ConnectorRules.Check(problems, connector, path, ids, connectorNames);
        }

        return new ConfigurationValidationResult(problems.Problems);
    }

    /// <summary>Validates a document and throws when anything is wrong.</summary>
    /// <param name="document">The document.</param>
    /// <exception cref="ConfigurationValidationException">Lists every problem.</exception>
    public static void ValidateAndThrow(ConnectorConfigurationDocument document) =>
        Validate(document).ThrowIfInvalid();
}
