namespace Matrix42.JiraConnector.Configuration;

/// <summary>A secret must be given in exactly one form; the messages never show the secret.</summary>
internal static class SecretRules
{
    public static void Check(ProblemCollector problems, SecretValue? secret, string path, string what)
    {
        if (secret is null || (secret.Kind == SecretKind.None && !secret.IsAmbiguous))
        {
            problems.Add(path, ConfigurationRule.Required,
                $"{what} is required (inline, environmentVariable or sealed).");
            return;
        }

        if (secret.IsAmbiguous)
        {
            problems.Add(path, ConfigurationRule.Conflict,
                $"{what} must be given in exactly one form: inline, environmentVariable or sealed.");
            return;
        }

        if (secret.Kind == SecretKind.Inline && secret.Inline!.Length == 0)
        {
            problems.Add(path, ConfigurationRule.Required, $"{what} is empty.");
        }

        if (secret.Kind == SecretKind.EnvironmentVariable && string.IsNullOrWhiteSpace(secret.EnvironmentVariable))
        {
            problems.Add($"{path}.environmentVariable", ConfigurationRule.Required,
                "The environment variable name is empty.");
        }
    }
}
