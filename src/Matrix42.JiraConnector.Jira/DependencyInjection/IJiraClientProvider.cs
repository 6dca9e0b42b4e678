namespace Matrix42.JiraConnector.Jira;

/// <summary>Hands out the Jira client of a connector registered with <c>AddJiraCloudClient(name, ...)</c>.</summary>
public interface IJiraClientProvider
{
    /// <summary>Returns the client for a connector name (the same instance on every call).</summary>
    /// <param name="name">The name given at registration.</param>
    /// <returns>The client.</returns>
    IJiraClient GetClient(string name);
}
