using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Matrix42.JiraConnector.Hosting.Telemetry;

/// <content>Event activities run by the task controller or a trigger poll: spans, a counter and durations.</content>
public sealed partial class ConnectorTelemetry
{
    /// <summary>The <c>status</c> of an activity that threw instead of returning an outcome.</summary>
    internal const string ActivityError = "Error";

    /// <summary>The <c>status</c> of an activity stopped through its cancellation token.</summary>
    internal const string ActivityCancelled = "Cancelled";

    private readonly Counter<long> _activities;
    private readonly Histogram<double> _activityDuration;

    /// <summary>
    /// Starts the span of one event activity. API call spans of the activity become its children, since it is the
    /// current activity while the workflow activity runs.
    /// </summary>
    /// <param name="connectorId">The connector.</param>
    /// <param name="taskId">The event task's id.</param>
    /// <param name="activity">The activity's name, e.g. <c>CreateIssue</c>.</param>
    /// <returns>The span, or <see langword="null"/> when nobody listens.</returns>
    internal System.Diagnostics.Activity? StartEventActivity(string connectorId, string taskId, string activity)
    {
        var span = Source.StartActivity("EventActivity", ActivityKind.Internal);
        span?.SetTag("connector", connectorId);
        span?.SetTag("task", taskId);
        span?.SetTag("activity", activity);
        span?.SetTag("environment_type", EnvironmentTypeOf(connectorId));
        return span;
    }

    /// <summary>
    /// Records how an event activity ended: the span's <c>status</c> tag (and error status unless it completed), one
    /// <c>jiraconnector.activities</c> count and one <c>jiraconnector.activity.duration</c> value.
    /// </summary>
    /// <param name="span">The activity's span, when listened to.</param>
    /// <param name="connectorId">The connector.</param>
    /// <param name="taskId">The event task's id.</param>
    /// <param name="activity">The activity's name.</param>
    /// <param name="status">
    /// <c>Completed</c>, <c>Failed</c> or <c>OutcomeUnknown</c> from the outcome, or <see cref="ActivityError"/> or
    /// <see cref="ActivityCancelled"/> when it threw.
    /// </param>
    /// <param name="duration">How long it ran.</param>
    internal void RecordEventActivity(
        System.Diagnostics.Activity? span, string connectorId, string taskId, string activity, string status,
        TimeSpan duration)
    {
        if (span is not null)
        {
            span.SetTag("status", status);
            if (!string.Equals(status, nameof(Events.ActivityStatus.Completed), StringComparison.Ordinal))
            {
                span.SetStatus(ActivityStatusCode.Error, status);
            }
        }

        var tags = new TagList
        {
            { "connector", connectorId },
            { "task", taskId },
            { "activity", activity },
            { "environment_type", EnvironmentTypeOf(connectorId) },
            { "status", status },
        };
        _activities.Add(1, tags);
        _activityDuration.Record(duration.TotalSeconds, tags);
    }
}
