namespace Matrix42.JiraConnector.Hosting.Secrets;

/// <summary>Lets the built-in resolvers say where they looked, so a start-up failure can point there.</summary>
internal interface ISecretSourceDescription
{
    /// <summary>Describes where the reference was looked up, e.g. <c>in the environment variable 'NAME'</c>.</summary>
    string DescribeSource(string reference);
}
