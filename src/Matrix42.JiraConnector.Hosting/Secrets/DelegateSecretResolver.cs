namespace Matrix42.JiraConnector.Hosting.Secrets;

/// <summary>A resolver made from a function, for <c>UseSecretResolver(Func&lt;string, string?&gt;)</c>.</summary>
internal sealed class DelegateSecretResolver(Func<string, string?> resolve) : IConnectorSecretResolver
{
    public string? Resolve(string reference) => resolve(reference);
}
