using System.Collections.Concurrent;
using System.Diagnostics;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Tasks;
using Matrix42.JiraConnector.Hosting.Telemetry;
using Matrix42.JiraConnector.Hosting.Tests.DependencyInjection;
using Matrix42.JiraConnector.Hosting.Tests.Scheduling;
using Matrix42.JiraConnector.Testing.Diagnostics;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Faults;
using Matrix42.JiraConnector.Testing.Jira;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Matrix42.JiraConnector.Hosting.Tests.Telemetry;

/// <summary>A real sync run against the fakes, with injected 429 and 503 answers, seen through the telemetry.</summary>
public sealed class RunTelemetryTests
{
    private const string ConnectorId = "conn-telemetry";
    private const string Email = "telemetry@example.test";
    private static readonly TaskKey Tickets = new(ConnectorId, "task-telemetry");

    [Fact]
    public async Task SyncRun_WithFaults_EmitsRunPhaseAndApiSpansAndCountsEveryAttempt()
    {
        var jira = new FakeJiraCloud();
        jira.AddAccount(Email, "jira-token", isAdmin: true);
        jira.AddProject("OPS", "Operations");
        jira.AddIssue("OPS", "Printer jam");
        jira.AddIssue("OPS", "VPN down");
        jira.Faults.Add(new FaultRule
        {
            Kind = FaultKind.TooManyRequests,
            MaxCount = 1,
            RetryAfter = TimeSpan.FromSeconds(1),
            RateLimitReason = "jira-burst-based",
        });
        var esm = new FakeEsm();
        esm.DefineTemplate("ticket", "Ticket", t => t
            .Folder("tickets").Text("jira_id").Text("jira_key").Text("summary").Text("task_id"));

        // The first GET is refused with a 429, its retry with a 503: one call, three attempts.
        esm.Faults.Add(FaultKind.TooManyRequests, method: "GET", maxCount: 1);
        esm.Faults.Add(FaultKind.ServiceUnavailable, method: "GET", maxCount: 1);
        await using var jiraServer = jira.StartLoopback();
        await using var esmServer = esm.StartLoopback();
        var connector = TestConnectors.Create(
            ConnectorId, jiraServer.BaseAddress, Email, "jira-token", esmServer.BaseAddress, "webapi",
            "webapi-password");
        connector.EnvironmentType = EnvironmentType.Test;
        connector.ScheduledTasks.Add(TicketTask());
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddJiraConnector()
            .AddConnector(connector)
            .UseInMemoryState()
            .UseSyncRunner(runner => runner.Snapshots.Enabled = false);
        services.PostConfigure<EsmClientOptions>(ConnectorId, o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(20));
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        using var calls = new MetricCollector<long>(factory, ConnectorTelemetry.Name, "jiraconnector.api.calls");
        using var retries = new MetricCollector<long>(factory, ConnectorTelemetry.Name, "jiraconnector.api.retries");
        using var limited = new MetricCollector<long>(
            factory, ConnectorTelemetry.Name, "jiraconnector.api.rate_limited");
        using var runs = new MetricCollector<long>(factory, ConnectorTelemetry.Name, "jiraconnector.runs");
        using var phases = new MetricCollector<double>(
            factory, ConnectorTelemetry.Name, "jiraconnector.phase.duration");
        using var spans = new SpanRecorder(ConnectorTelemetry.Name);
        var scheduler = provider.GetRequiredService<ConnectorScheduler>();
        await scheduler.StartAsync(CancellationToken.None);

        provider.GetRequiredService<IConnectorTaskController>().RunNow(Tickets);
        await SchedulerHarness.EventuallyAsync(
            () => scheduler.GetTaskStates().Single().LastResult is not null, "the sync run");
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(SchedulerRunResult.Succeeded, scheduler.GetTaskStates().Single().LastResult);
        Assert.Equal(1, jira.Faults.InjectedCount);
        Assert.Equal(2, esm.Faults.InjectedCount);

        // Counters: one per attempt the fakes saw, a retry per refused attempt, a 429 per 429 sent.
        foreach (var (service, log) in new[] { ("jira", jira.Log), ("esm", esm.Log) })
        {
            Assert.Equal(log.TotalCount, Sum(calls, service));
            Assert.Equal(log.CountWhere(r => r.Fault is not null), Sum(retries, service));
            Assert.Equal(log.CountWhere(r => r.Status == 429), Sum(limited, service));
        }

        Assert.Equal(1, Sum(limited, "jira"));
        Assert.Equal(1, Sum(limited, "esm"));
        Assert.Equal(2, Sum(retries, "esm"));
        Assert.Contains(calls.GetMeasurementSnapshot(), m => Equals(m.Tags["http.response.status_code"], 503));

        // Run metrics and phase durations carry connector, task and environment type.
        var run = Assert.Single(runs.GetMeasurementSnapshot());
        Assert.Equal("Test", run.Tags["environment_type"]);
        var phaseTags = phases.GetMeasurementSnapshot()
            .Select(m => ((string?)m.Tags["phase"], (string?)m.Tags["status"], (string?)m.Tags["task"],
                (string?)m.Tags["environment_type"]))
            .Order()
            .ToList();
        Assert.Equal(
            [("extract", "Succeeded", Tickets.TaskId, "Test"), ("load", "Succeeded", Tickets.TaskId, "Test")],
            phaseTags);
        Assert.All(phases.GetMeasurementSnapshot(), m => Assert.True(m.Value >= 0));

        // Spans: the run is the root; the phases are its children; every API attempt sits below the run.
        var mine = spans.Stopped.Where(s => (string?)s.GetTagItem("connector") == ConnectorId).ToList();
        var runSpan = Assert.Single(mine, s => s.OperationName == "ScheduledRun");
        Assert.Equal("Test", runSpan.GetTagItem("environment_type"));
        foreach (var name in new[] { "Extract", "Load" })
        {
            var phase = Assert.Single(mine, s => s.OperationName == name);
            Assert.Equal(runSpan.SpanId, phase.ParentSpanId);
            Assert.True(phase.StartTimeUtc >= runSpan.StartTimeUtc && phase.Duration >= TimeSpan.Zero);
        }

        var apiSpans = mine.Where(s => s.Kind == ActivityKind.Client).ToList();
        Assert.Equal(jira.Log.TotalCount + esm.Log.TotalCount, apiSpans.Count);
        Assert.All(apiSpans, s => Assert.True(IsBelow(s, runSpan), s.DisplayName + " is not below the run"));
        Assert.Equal(
            jira.Log.TotalCount, apiSpans.Count(s => s.DisplayName.StartsWith("jira ", StringComparison.Ordinal)));
        Assert.Equal(3, apiSpans.Count(s => s.GetTagItem("http.request.resend_count") is not null));
        Assert.Contains(apiSpans, s => (string?)s.GetTagItem("url.template") == "/rest/api/3/search/jql");

        // No query string, e-mail, issue key or card id in any tag.
        var values = mine.SelectMany(s => s.TagObjects).Select(t => Convert.ToString(t.Value, null) ?? "")
            .Concat(calls.GetMeasurementSnapshot().SelectMany(m => m.Tags.Values).Select(v => $"{v}"))
            .ToList();
        Assert.DoesNotContain(values, v => v.Contains('?', StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Contains('@', StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Contains("OPS-", StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Contains("jql=", StringComparison.OrdinalIgnoreCase));
    }

    private static long Sum(MetricCollector<long> collector, string service) =>
        collector.GetMeasurementSnapshot()
            .Where(m => (string?)m.Tags["service"] == service && (string?)m.Tags["connector"] == ConnectorId)
            .Sum(m => m.Value);

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

    private static ScheduledTaskDefinition TicketTask() => new()
    {
        Id = Tickets.TaskId,
        Name = "Tickets",
        Schedule = new ScheduleSettings { ManualOnly = true },
        Jql = "project = OPS",
        Generic = new ScheduledTargetDefinition
        {
            Template = "ticket",
            Folder = "tickets",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { Attribute = "jira_id" },
            Mappings =
            [
                new AttributeMappingDefinition { Source = "key", Target = "jira_key" },
                new AttributeMappingDefinition { Source = "fields.summary", Target = "summary" },
            ],
        },
    };

    /// <summary>Records every span of one source that stops while it listens.</summary>
    private sealed class SpanRecorder : IDisposable
    {
        private readonly ConcurrentQueue<Activity> _stopped = new();
        private readonly ActivityListener _listener;

        public SpanRecorder(string sourceName)
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == sourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                    ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _stopped.Enqueue,
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public IReadOnlyList<Activity> Stopped => [.. _stopped];

        public void Dispose() => _listener.Dispose();
    }
}
