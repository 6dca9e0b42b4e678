namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// Starts an event task from ESM data on a poll instead of a workflow: every card of the task's template that meets
/// all conditions runs the activity once, and again only after it changed.
/// </summary>
public sealed class EventTriggerSettings
{
    /// <summary>Whether the host polls the trigger.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>The activity to run on each new or changed card.</summary>
    /// <value>
    /// No default: follows the task's usage (create issue: <see cref="EventTriggerActivity.CreateIssue"/>, update
    /// issue: <see cref="EventTriggerActivity.UpdateIssue"/>, provisioning:
    /// <see cref="EventTriggerActivity.AddUserToGroups"/>).
    /// </value>
    public EventTriggerActivity? Activity { get; set; }

    /// <summary>The conditions cards must all meet.</summary>
    /// <value>Empty by default: every card of the template.</value>
    public IList<EventTriggerCondition> Conditions { get; set; } = [];

    /// <summary>
    /// An attribute that changes whenever the card changes (a last-modified date). Without it a card counts as
    /// changed when the values its task maps change.
    /// </summary>
    /// <value>No default.</value>
    public string? LastModifiedAttribute { get; set; }

    /// <summary>The seconds from the end of one poll to the start of the next; at least 1.</summary>
    /// <value>No default: the scheduler's trigger poll interval.</value>
    public int? IntervalSeconds { get; set; }
}
