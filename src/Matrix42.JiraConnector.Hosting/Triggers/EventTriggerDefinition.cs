using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Hosting.Tasks;

namespace Matrix42.JiraConnector.Hosting.Triggers;

/// <summary>
/// Starts an event task from ESM data on a poll instead of a workflow: every card of the task's template that meets
/// the condition runs the activity once, and again only after it changed.
/// </summary>
public sealed record EventTriggerDefinition
{
    /// <summary>The id of the event task; its template is queried and its mappings apply; required.</summary>
    public required string TaskId { get; init; }

    /// <summary>The activity to run on each new or changed card.</summary>
    /// <value>
    /// No default: follows the task's usage (create issue: <see cref="EventActivityKind.CreateIssue"/>, update issue:
    /// <see cref="EventActivityKind.UpdateIssue"/>, provisioning: <see cref="EventActivityKind.AddUserToGroups"/>).
    /// </value>
    public EventActivityKind? Activity { get; init; }

    /// <summary>The condition cards must meet, e.g. status New and support group "Software team".</summary>
    /// <value>No default: every card of the template.</value>
    public EsmFilter? Condition { get; init; }

    /// <summary>
    /// An attribute that changes whenever the card changes (a last-modified date). Without it a card counts as
    /// changed when the values its task maps change.
    /// </summary>
    /// <value>No default.</value>
    public string? LastModifiedAttribute { get; init; }

    /// <summary>The time from the end of one poll to the start of the next.</summary>
    /// <value>No default: the scheduler's trigger poll interval.</value>
    public TimeSpan? Interval { get; init; }

    /// <summary>Extra inputs of the activity, such as the comment settings of a comment push.</summary>
    /// <value>No default.</value>
    public EventActivityArguments? Arguments { get; init; }
}
