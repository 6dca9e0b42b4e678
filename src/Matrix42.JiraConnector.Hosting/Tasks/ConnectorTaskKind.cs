namespace Matrix42.JiraConnector.Hosting.Tasks;

/// <summary>Whether a task reads Jira on a schedule or writes Jira when ESM calls it.</summary>
public enum ConnectorTaskKind
{
    /// <summary>A scheduled task (Jira to ESM).</summary>
    Scheduled,

    /// <summary>An event task (ESM to Jira).</summary>
    Event,
}
