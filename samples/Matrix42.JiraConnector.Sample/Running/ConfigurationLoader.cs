using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>
/// Reads a configuration document from a file and checks it offline: the JSON itself, every rule of the
/// validator, and the environment variables its secrets name. Every problem is collected, none stops the others
/// from being found.
/// </summary>
internal static class ConfigurationLoader
{
    public static (ConnectorConfigurationDocument? Document, List<string> Problems) Load(
        string path, Func<string, string?> environment)
    {
        var problems = new List<string>();
        if (!File.Exists(path))
        {
            problems.Add($"The configuration file '{path}' does not exist.");
            return (null, problems);
        }

        ConnectorConfigurationDocument document;
        try
        {
            document = ConnectorConfigurationSerializer.FromJson(File.ReadAllText(path));
        }
        catch (ConfigurationFormatException ex)
        {
            problems.Add($"The configuration file '{path}' is not a valid document: {ex.Message}");
            return (null, problems);
        }

        problems.AddRange(Check(document, environment));
        return (document, problems);
    }

    public static IEnumerable<string> Check(ConnectorConfigurationDocument document, Func<string, string?> environment)
    {
        foreach (var problem in ConfigurationValidator.Validate(document).Problems)
        {
            yield return $"{problem.Path}: {problem.Message}";
        }

        for (var i = 0; i < document.Connectors.Count; i++)
        {
            var connector = document.Connectors[i];
            var missing = new (string Path, SecretValue? Secret)[]
            {
                ($"connectors[{i}].jira.apiToken", connector.Jira.ApiToken),
                ($"connectors[{i}].esm.webApiPassword", connector.Esm.WebApiPassword),
            };
            foreach (var (path, secret) in missing)
            {
                if (secret?.Kind == SecretKind.EnvironmentVariable
                    && string.IsNullOrEmpty(environment(secret.EnvironmentVariable!)))
                {
                    yield return $"{path}: the environment variable '{secret.EnvironmentVariable}' is not set.";
                }
            }
        }
    }
}
