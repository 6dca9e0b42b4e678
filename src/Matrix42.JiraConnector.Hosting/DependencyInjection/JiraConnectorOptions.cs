using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Scheduling;

namespace Matrix42.JiraConnector.Hosting;

/// <summary>Everything <c>AddJiraConnector</c> configures, validated as one unit when the host starts.</summary>
public sealed class JiraConnectorOptions
{
    /// <summary>The connectors with their scheduled and event tasks, from configuration and code.</summary>
    /// <value>An empty document by default.</value>
    public ConnectorConfigurationDocument Document { get; set; } = new();

    /// <summary>The scheduler settings.</summary>
    /// <value>The defaults of <see cref="TaskSchedulerOptions"/>.</value>
    public TaskSchedulerOptions Scheduler { get; set; } = new();

    /// <summary>Event tasks whose ESM triggers the scheduler polls.</summary>
    /// <value>Empty by default.</value>
    public IList<TriggerPollEntry> TriggerPolls { get; } = [];

    /// <summary>The ESM triggers declared in code, each polled through a <see cref="TriggerPollEntry"/>.</summary>
    internal IList<Triggers.EventTriggerRegistration> EventTriggers { get; } = [];

    /// <summary>Whether a state store was chosen (<c>UseSqliteState</c> or <c>UseInMemoryState</c>).</summary>
    /// <value>Defaults to <see langword="false"/>; a host cannot start without a state store.</value>
    public bool StateStoreChosen { get; set; }
}
