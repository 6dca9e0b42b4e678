using System.Diagnostics;
using System.Diagnostics.Metrics;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Hosting.Telemetry;

/// <content>The extract and load phases of a run: spans and the phase duration histogram.</content>
public sealed partial class ConnectorTelemetry
{
    private readonly Histogram<double> _phaseDuration;

    /// <summary>
    /// Records the extract and load phases of a finished run from its record: one span each, a child of the
    /// current (run) span with the phase's own start and end, and one <c>jiraconnector.phase.duration</c> value.
    /// </summary>
    /// <remarks>
    /// The phases overlap (cards are loaded while Jira is still being read), so they are recorded from the
    /// run record's times after the run rather than as nested live spans; API call spans are children of the run.
    /// </remarks>
    /// <param name="key">The task.</param>
    /// <param name="environmentType">The connector's environment type.</param>
    /// <param name="record">The run's record.</param>
    internal void RecordPhases(TaskKey key, string environmentType, RunRecord record)
    {
        RecordPhase(key, environmentType, "extract", record.Extract);
        RecordPhase(key, environmentType, "load", record.Load);
    }

    private void RecordPhase(TaskKey key, string environmentType, string phase, RunPhase times)
    {
        if (times.StartedAt is not { } started || times.CompletedAt is not { } completed || completed < started)
        {
            // A phase that never started (or has not ended) has no duration to report.
            return;
        }

        var status = times.Status.ToString();
        _phaseDuration.Record((completed - started).TotalSeconds, new TagList
        {
            { "connector", key.ConnectorId },
            { "task", key.TaskId },
            { "environment_type", environmentType },
            { "phase", phase },
            { "status", status },
        });

        using var span = Source.StartActivity(
            phase == "extract" ? "Extract" : "Load", ActivityKind.Internal, default(ActivityContext),
            startTime: started);
        if (span is null)
        {
            return;
        }

        span.SetTag("connector", key.ConnectorId);
        span.SetTag("task", key.TaskId);
        span.SetTag("environment_type", environmentType);
        span.SetTag("phase", phase);
        span.SetTag("status", status);
        if (times.Status == RunPhaseStatus.Failed)
        {
            span.SetStatus(ActivityStatusCode.Error);
        }

        span.SetEndTime(completed.UtcDateTime);
    }
}
