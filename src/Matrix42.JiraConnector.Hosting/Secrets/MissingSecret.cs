using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Hosting.Secrets;

/// <summary>
/// The one wording for a secret reference that has no value, used by the start-up validation and the import check
/// alike: it names the reference and where it was looked up, never a value.
/// </summary>
internal static class MissingSecret
{
    /// <summary>Says why a referenced secret cannot be used.</summary>
    /// <param name="secret">The connector's secret setting.</param>
    /// <param name="secrets">The host's resolver, asked where it looks.</param>
    /// <param name="lookup">Looks the reference up; the caller decides what a resolver failure means.</param>
    /// <returns>
    /// <c>the secret reference 'NAME' has no value (looked up ...)</c>, or <see langword="null"/> when the setting is
    /// not a reference or the reference has a value.
    /// </returns>
    public static string? Describe(
        SecretValue? secret, IConnectorSecretResolver secrets, Func<string, string?> lookup)
    {
        if (secret is not { Kind: SecretKind.EnvironmentVariable, EnvironmentVariable: { } reference }
            || !string.IsNullOrEmpty(lookup(reference)))
        {
            return null;
        }

        var source = secrets is ISecretSourceDescription described
            ? described.DescribeSource(reference)
            : $"by the secret resolver {secrets.GetType().Name}";
        return $"the secret reference '{reference}' has no value (looked up {source})";
    }
}
