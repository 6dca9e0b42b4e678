namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// One connection between a Jira Cloud site and an ESM environment, with the tasks that use it.
/// </summary>
public sealed class ConnectorDefinition
{
    /// <summary>
    /// The stable id of the connector. Generated once by <see cref="ConfigurationIds.AssignMissing"/> when
    /// absent and kept across export and import.
    /// </summary>
    /// <value>No default; required after ids are assigned.</value>
    public string? Id { get; set; }

    /// <summary>The display name of the connector; may be changed at any time.</summary>
    /// <value>No default; required and unique within the document.</value>
    public string? Name { get; set; }

    /// <summary>The kind of environment, used for alert criticality.</summary>
    /// <value>Defaults to <see cref="Configuration.EnvironmentType.Prod"/>.</value>
    public EnvironmentType EnvironmentType { get; set; } = EnvironmentType.Prod;

    /// <summary>How to reach and authenticate against Jira Cloud.</summary>
    public JiraConnectionSettings Jira { get; set; } = new();

    /// <summary>How to reach and authenticate against ESM.</summary>
    public EsmConnectionSettings Esm { get; set; } = new();

    /// <summary>Tasks that read Jira and write ESM.</summary>
    /// <value>Empty by default.</value>
    public IList<ScheduledTaskDefinition> ScheduledTasks { get; set; } = [];

    /// <summary>Tasks that write Jira when ESM workflows call them.</summary>
    /// <value>Empty by default.</value>
    public IList<EventTaskDefinition> EventTasks { get; set; } = [];
}
