using System.Collections.Concurrent;
using System.Diagnostics;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Tasks;
using Matrix42.JiraConnector.Hosting.Telemetry;
using Matrix42.JiraConnector.Hosting.Tests.Events;
using Matrix42.JiraConnector.Hosting.Triggers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Telemetry;

/// <summary>Event activities, run by the controller or a trigger poll, seen through spans and metrics.</summary>
public sealed class EventActivityTelemetryTests
{
    [Fact]
    public async Task Controller_CreateIssue_EmitsAnEventActivitySpanAboveItsApiCallsAndCountsIt()
    {
        var site = Site("conn-tel-1");
        await using var host = new EventHost([site]);
        using var probe = new Probe(host, site.ConnectorId);
        var card = site.AddIncident("Printer down");

        var outcome = await host.Controller.RunEventActivityAsync(
            site.ConnectorId, EventActivityKind.CreateIssue, ActivityRequest.ForCard(site.CreateTask, card));

        Assert.True(outcome.IsCompleted, outcome.Message);
        var span = Assert.Single(probe.Spans, s => s.OperationName == "EventActivity");
        Assert.Equal(site.ConnectorId, span.GetTagItem("connector"));
        Assert.Equal(site.CreateTask, span.GetTagItem("task"));
        Assert.Equal("CreateIssue", span.GetTagItem("activity"));
        Assert.Equal("Test", span.GetTagItem("environment_type"));
        Assert.Equal("Completed", span.GetTagItem("status"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);

        // Every HTTP attempt of the activity, to ESM and Jira alike, hangs below its span.
        var apiSpans = probe.Spans.Where(s => s.Kind == ActivityKind.Client).ToList();
        Assert.Equal(site.Jira.Log.TotalCount + site.Esm.Log.TotalCount, apiSpans.Count);
        Assert.Contains(apiSpans, s => s.DisplayName == "jira POST");
        Assert.All(apiSpans, s => Assert.True(IsBelow(s, span), s.DisplayName + " is not below the activity"));

        var count = Assert.Single(probe.Activities.GetMeasurementSnapshot());
        Assert.Equal(1, count.Value);
        Assert.Equal(
            [("activity", "CreateIssue"), ("connector", site.ConnectorId), ("environment_type", "Test"),
                ("status", "Completed"), ("task", site.CreateTask)],
            count.Tags.Select(t => (t.Key, (string?)t.Value)).Order().ToList());
        var duration = Assert.Single(probe.Durations.GetMeasurementSnapshot());
        Assert.True(duration.Value >= 0);
        Assert.Equal("Completed", duration.Tags["status"]);
    }

    [Fact]
    public async Task TriggerPoll_OneCardCompletesOneFails_CountsEachActivityByStatus()
    {
        var site = Site("conn-tel-2");
        await using var host = new EventHost([site], b => b.AddEventTrigger(site.ConnectorId,
            new EventTriggerDefinition { TaskId = site.CreateTask }));
        using var probe = new Probe(host, site.ConnectorId);
        site.AddIncident("Printer down");
        site.AddIncident(string.Empty);

        await host.Services.GetRequiredService<ITriggerPollExecutor>()
            .PollAsync(new TaskKey(site.ConnectorId, site.CreateTask));

        var statuses = probe.Activities.GetMeasurementSnapshot()
            .Select(m => ((string?)m.Tags["status"], (string?)m.Tags["task"], (string?)m.Tags["activity"], m.Value))
            .Order()
            .ToList();
        Assert.Equal(
            [("Completed", site.CreateTask, "CreateIssue", 1L), ("Failed", site.CreateTask, "CreateIssue", 1L)],
            statuses);
        var spans = probe.Spans.Where(s => s.OperationName == "EventActivity").ToList();
        Assert.Equal(2, spans.Count);
        var failed = Assert.Single(spans, s => (string?)s.GetTagItem("status") == "Failed");
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Equal(2, probe.Durations.GetMeasurementSnapshot().Count);
    }

    [Fact]
    public async Task Controller_UnknownTaskOrMissingArguments_RecordsNoActivity()
    {
        var site = Site("conn-tel-3");
        await using var host = new EventHost([site]);
        using var probe = new Probe(host, site.ConnectorId);
        var card = site.AddIncident("Printer down");

        await Assert.ThrowsAsync<UnknownEventTaskException>(() => host.Controller.RunEventActivityAsync(
            site.ConnectorId, EventActivityKind.CreateIssue, ActivityRequest.ForCard("no-such-task", card)));
        await Assert.ThrowsAsync<ArgumentException>(() => host.Controller.RunEventActivityAsync(
            site.ConnectorId, EventActivityKind.PushComments, ActivityRequest.ForCard(site.UpdateTask, card)));

        Assert.Empty(probe.Activities.GetMeasurementSnapshot());
        Assert.DoesNotContain(probe.Spans, s => s.OperationName == "EventActivity");
    }

    private static EventSite Site(string connectorId)
    {
        var site = new EventSite(connectorId, new FakeTimeProvider());
        site.Connector.EnvironmentType = EnvironmentType.Test;
        return site;
    }

    private static bool IsBelow(Activity span, Activity ancestor)
    {
        for (var parent = span.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Collects the host's activity metrics and the spans of one connector.</summary>
    private sealed class Probe : IDisposable
    {
        private readonly ConcurrentQueue<Activity> _stopped = new();
        private readonly ActivityListener _listener;

        public Probe(EventHost host, string connectorId)
        {
            var factory = host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
            Activities = new MetricCollector<long>(factory, ConnectorTelemetry.Name, "jiraconnector.activities");
            Durations = new MetricCollector<double>(
                factory, ConnectorTelemetry.Name, "jiraconnector.activity.duration");
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == ConnectorTelemetry.Name,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                    ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = span =>
                {
                    if ((string?)span.GetTagItem("connector") == connectorId)
                    {
                        _stopped.Enqueue(span);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public MetricCollector<long> Activities { get; }

        public MetricCollector<double> Durations { get; }

        public IReadOnlyList<Activity> Spans => [.. _stopped];

        public void Dispose()
        {
            _listener.Dispose();
            Activities.Dispose();
            Durations.Dispose();
        }
    }
}
