using System.Collections.Concurrent;
using System.Diagnostics;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Telemetry;
using Matrix42.JiraConnector.Hosting.Tests.Scheduling;
using Matrix42.JiraConnector.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Telemetry;

public sealed class ConnectorTelemetryTests
{
    [Fact]
    public async Task ScheduledRun_Completes_EmitsSpanRunCounterAndDuration()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var telemetry = new ConnectorTelemetry(factory);
        using var runs = new MetricCollector<long>(factory, ConnectorTelemetry.Name, "jiraconnector.runs");
        using var durations = new MetricCollector<double>(
            factory, ConnectorTelemetry.Name, "jiraconnector.run.duration");
        var spans = new ConcurrentQueue<System.Diagnostics.Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ConnectorTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var key = SchedulerHarness.Key("telemetry-task");
        await using var harness = new SchedulerHarness(
            [new TaskScheduleEntry(key) { ManualOnly = true }], telemetry: telemetry);
        await harness.StartAsync();

        harness.Scheduler.RequestRun(key);
        await SchedulerHarness.EventuallyAsync(() => runs.GetMeasurementSnapshot().Count == 1, "the run metric");

        var measurement = Assert.Single(runs.GetMeasurementSnapshot());
        Assert.Equal(1, measurement.Value);
        Assert.Equal("conn-1", measurement.Tags["connector"]);
        Assert.Equal("telemetry-task", measurement.Tags["task"]);
        Assert.Equal("Succeeded", measurement.Tags["result"]);
        Assert.Single(durations.GetMeasurementSnapshot());
        var span = Assert.Single(spans, s => (string?)s.GetTagItem("task") == "telemetry-task");
        Assert.Equal("ScheduledRun", span.OperationName);
        Assert.Equal("Manual", span.GetTagItem("reason"));
        Assert.Equal("Succeeded", span.GetTagItem("result"));
    }

    [Fact]
    public void RecordEntities_RunCounts_OneSeriesPerNonZeroOutcomeWithEnvironmentType()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var telemetry = new ConnectorTelemetry(factory);
        using var entities = new MetricCollector<long>(factory, ConnectorTelemetry.Name, "jiraconnector.entities");

        telemetry.RecordEntities(
            new TaskKey("c", "t"), new RunCounts { Read = 10, Created = 3, Unchanged = 7, MarkedRemoved = 1 }, "Prod");

        var byOutcome = entities.GetMeasurementSnapshot().ToDictionary(m => (string)m.Tags["outcome"]!, m => m.Value);
        Assert.Equal(new Dictionary<string, long>
        {
            ["read"] = 10, ["created"] = 3, ["unchanged"] = 7, ["marked_removed"] = 1,
        }, byOutcome);
        Assert.All(entities.GetMeasurementSnapshot(), m => Assert.Equal("Prod", m.Tags["environment_type"]));
    }
}
