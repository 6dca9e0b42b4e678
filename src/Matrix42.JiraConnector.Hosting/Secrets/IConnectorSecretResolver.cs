namespace Matrix42.JiraConnector.Hosting.Secrets;

/// <summary>
/// Looks up the secrets that connector documents name by reference (<c>{ "environmentVariable": "NAME" }</c>):
/// the Jira API token and the ESM WebAPI password. The default reads the process environment; choose another with
/// <see cref="JiraConnectorBuilder.UseSecretResolver{TResolver}"/>,
/// <see cref="JiraConnectorBuilder.UseSecretResolver(Func{string, string})"/> or
/// <see cref="JiraConnectorBuilder.UseConfigurationSecrets(string)"/>.
/// </summary>
/// <remarks>
/// The host calls the resolver when it checks the configuration at start and when it first builds a connector's
/// client options; both happen synchronously. Implementations must not log or throw the values they return.
/// </remarks>
public interface IConnectorSecretResolver
{
    /// <summary>Returns the secret a reference names.</summary>
    /// <param name="reference">
    /// The reference name written in the connector document, e.g. <c>ACME_JIRA_TOKEN</c>.
    /// </param>
    /// <returns>The secret in clear text, or <see langword="null"/> when the reference names nothing.</returns>
    string? Resolve(string reference);
}
