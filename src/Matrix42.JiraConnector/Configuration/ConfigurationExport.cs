using Matrix42.JiraConnector.Configuration.Sealing;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// Prepares documents for moving between environments: inline secrets are sealed with an export password
/// (see <see cref="SecretSealer"/>) and opened again on import. Environment-variable references are not secrets
/// and stay as they are. Ids are kept, so tasks keep stamping the same id on their cards.
/// </summary>
public static class ConfigurationExport
{
    private const string ApiTokenSetting = "jira.apiToken";
    private const string WebApiPasswordSetting = "esm.webApiPassword";

    /// <summary>Returns a copy of the document with every inline secret sealed and the sealing header set.</summary>
    /// <param name="document">The document; every connector needs its id (see <see cref="ConfigurationIds"/>).</param>
    /// <param name="password">The export password.</param>
    /// <returns>The sealed copy.</returns>
    /// <exception cref="SecretSealingException">The password is too short.</exception>
    /// <exception cref="ConfigurationFormatException">A connector with secrets has no id.</exception>
    public static ConnectorConfigurationDocument Seal(ConnectorConfigurationDocument document, string password)
    {
        ArgumentNullException.ThrowIfNull(document);
        var copy = ConnectorConfigurationSerializer.Clone(document);
        using var sealer = SecretSealer.CreateForExport(password);
        foreach (var (connectorId, setting, secret) in Secrets(copy))
        {
            if (secret.Kind == SecretKind.Inline)
            {
                secret.Sealed = sealer.Seal(secret.Inline!, connectorId, setting);
                secret.Inline = null;
            }
        }

        copy.Sealing = sealer.Parameters;
        return copy;
    }

    /// <summary>Returns a copy of the document with every sealed secret opened to an inline secret.</summary>
    /// <param name="document">The exported document.</param>
    /// <param name="password">The export password.</param>
    /// <returns>The opened copy, without a sealing header.</returns>
    /// <exception cref="SecretSealingException">The password is wrong or a sealed value was altered or
    /// moved.</exception>
    /// <exception cref="ConfigurationFormatException">Sealed values are present but the sealing header is
    /// not.</exception>
    public static ConnectorConfigurationDocument Unseal(ConnectorConfigurationDocument document, string password)
    {
        ArgumentNullException.ThrowIfNull(document);
        var copy = ConnectorConfigurationSerializer.Clone(document);
        var sealedSecrets = Secrets(copy).Where(s => s.Secret.Kind == SecretKind.Sealed).ToList();
        if (sealedSecrets.Count > 0)
        {
            var parameters = copy.Sealing ?? throw new ConfigurationFormatException(
                "The document holds sealed secrets but no 'sealing' header; it cannot be opened.");
            using var sealer = SecretSealer.OpenForImport(password, parameters);
            foreach (var (connectorId, setting, secret) in sealedSecrets)
            {
                secret.Inline = sealer.Unseal(secret.Sealed!, connectorId, setting);
                secret.Sealed = null;
            }
        }

        copy.Sealing = null;
        return copy;
    }

    private static IEnumerable<(string ConnectorId, string Setting, SecretValue Secret)> Secrets(
        ConnectorConfigurationDocument document)
    {
        foreach (var connector in document.Connectors)
        {
            var secrets = new[]
            {
                (ApiTokenSetting, connector.Jira?.ApiToken), (WebApiPasswordSetting, connector.Esm?.WebApiPassword),
            };
            foreach (var (setting, secret) in secrets)
            {
                if (secret is null)
                {
                    continue;
                }

                var id = string.IsNullOrWhiteSpace(connector.Id)
                    ? throw new ConfigurationFormatException("Assign connector ids before sealing or opening secrets.")
                    : connector.Id;
                yield return (id, setting, secret);
            }
        }
    }
}
