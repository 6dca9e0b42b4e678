using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Events;

/// <summary>
/// Starts an event task from ESM data instead of a workflow: the cards of the task's template that meet a condition
/// run an activity once per change.
/// </summary>
public sealed record EventTrigger
{
    /// <summary>The event task's id or name; its template is queried; required.</summary>
    public required string Task { get; init; }

    /// <summary>The condition cards must meet, e.g. status New, type Incident, support group "Software team".</summary>
    /// <value>No default: every card of the template.</value>
    public EsmFilter? Condition { get; init; }

    /// <summary>
    /// An attribute that changes whenever the card changes (a last-modified date). Without it a card counts as
    /// changed when the values its task maps change.
    /// </summary>
    /// <value>No default.</value>
    public string? LastModifiedAttribute { get; init; }

    /// <summary>The activity to run, e.g. <c>activities.CreateIssueAsync</c>; required.</summary>
    public required Func<ActivityRequest, CancellationToken, Task<ActivityOutcome>> Activity { get; init; }
}
