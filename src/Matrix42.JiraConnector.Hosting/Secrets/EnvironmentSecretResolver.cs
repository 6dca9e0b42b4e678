namespace Matrix42.JiraConnector.Hosting.Secrets;

/// <summary>The default resolver: a reference is the name of a process environment variable.</summary>
internal sealed class EnvironmentSecretResolver : IConnectorSecretResolver, ISecretSourceDescription
{
    public string? Resolve(string reference) => Environment.GetEnvironmentVariable(reference);

    public string DescribeSource(string reference) => $"in the environment variable '{reference}'";
}
