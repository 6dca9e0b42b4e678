using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sample.Reporting;
using Matrix42.JiraConnector.Sample.Running;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>
/// The demo's story, step by step, against the seeded fakes: check, full runs, an unchanged re-run, Jira
/// changes and the run that carries exactly them, event activities, and the run history. A step whose SDK
/// piece is missing from this build says so and shows no result.
/// </summary>
internal sealed class DemoScenario(
    DemoEnvironment demo,
    ConnectorClients clients,
    ScheduledRuns scheduled,
    DemoEvents events,
    IConnectorStateStore store,
    string stateDirectory,
    TextWriter output)
{
    private ConnectorDefinition Connector => demo.Document.Connectors[0];

    public async Task<DemoResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = new DemoResult { StateDirectory = stateDirectory };
        await output.WriteLineAsync(
            $"Fake Jira Cloud on {demo.JiraServer.BaseAddress}, fake ESM on {demo.EsmServer.BaseAddress}");
        await output.WriteLineAsync(
            $"Seeded {demo.JiraFacts.People.Count} people among {demo.JiraFacts.Accounts} accounts, "
            + $"{demo.JiraFacts.Groups.Count} groups, "
            + $"{demo.JiraFacts.Memberships} memberships, {demo.JiraFacts.IssueKeys.Count} issues in OPS and HR.");

        await HeadingAsync(0, "Check the configuration and both services (read-only)");
        var problems = ConfigurationValidator.Validate(demo.Document).Problems;
        await output.WriteLineAsync(problems.Count == 0
            ? "  Configuration document: valid (one connector, 2 scheduled tasks, 4 event tasks)"
            : $"  Configuration document: {problems.Count} problem(s): {string.Join("; ", problems)}");
        var smokeOk = problems.Count == 0 && await SmokeCheck.RunAsync(Connector, clients, output, cancellationToken);
        var checkStatus = smokeOk ? DemoStepStatus.Completed : DemoStepStatus.Failed;
        result.Steps.Add(new DemoStepResult(0, "Smoke check", checkStatus, []));

        await HeadingAsync(1, "Full runs of the identity-and-access-rights task and the JQL task");
        result.Steps.Add(await RunScheduledAsync(1, "Full runs", cancellationToken));

        await HeadingAsync(2, "Run again without changes: the cache means zero writes");
        result.Steps.Add(await RunScheduledAsync(2, "Unchanged re-run", cancellationToken));

        await HeadingAsync(3, "Change Jira, run again: exactly those changes arrive");
        result.Changes = DemoChanges.Apply(demo);
        foreach (var line in result.Changes.Describe())
        {
            await output.WriteLineAsync($"  Jira: {line}");
        }

        result.Steps.Add(await RunScheduledAsync(3, "Changes only", cancellationToken));

        await HeadingAsync(4, "Event activities: ESM writes to Jira");
        result.Steps.Add(await events.RunAsync(cancellationToken));

        await HeadingAsync(5, "Run history and extract snapshots");
        result.Steps.Add(await HistoryAsync(cancellationToken));
        return result;
    }

    private async Task<DemoStepResult> RunScheduledAsync(int step, string title, CancellationToken cancellationToken)
    {
        var runs = new List<TaskRunOutcome>();
        foreach (var task in Connector.ScheduledTasks)
        {
            runs.Add(await scheduled.RunAsync(task, dryRun: false, cancellationToken));
        }

        await SummaryTable.WriteAsync(output, runs);
        foreach (var run in runs.Where(r => step == 3 && r.Updated.Count + r.Created.Count + r.Marked.Count > 0))
        {
            // The changes-only run is the one whose card keys tell the story; the full runs would list them all.
            await output.WriteLineAsync($"  {run.TaskName}:");
            await ListAsync("updated", run.Updated);
            await ListAsync("created", run.Created);
            await ListAsync("marked", run.Marked);
        }

        var status = runs.Any(r => r.IsFailure) ? DemoStepStatus.Failed : DemoStepStatus.Completed;
        return new DemoStepResult(step, title, status, runs);
    }

    private async Task<DemoStepResult> HistoryAsync(CancellationToken cancellationToken)
    {
        var runs = 0;
        foreach (var task in Connector.ScheduledTasks)
        {
            var history = await store.GetRunsAsync(task.Id!, 0, 10, cancellationToken);
            runs += history.Count;
            await output.WriteLineAsync($"  {task.Name}: {history.Count} run(s) recorded, newest first");
            foreach (var run in history)
            {
                await output.WriteLineAsync(
                    $"    {run.ExecutionId[..8]} {run.Mode,-11} extract {run.Extract.Status,-9}"
                    + $" load {run.Load.Status,-9}"
                    + $" read {run.Counts.Read}, created {run.Counts.Created}, updated {run.Counts.Updated}");
            }

            foreach (var snapshot in await store.GetSnapshotsAsync(task.Id!, cancellationToken))
            {
                await output.WriteLineAsync(
                    $"    snapshot {snapshot.Kind}: {snapshot.Path} ({snapshot.ItemCount} items)");
            }
        }

        await output.WriteLineAsync($"  State store and snapshots: {stateDirectory}");
        return new DemoStepResult(5, "Run history", DemoStepStatus.Completed, []);
    }

    private async Task ListAsync(string what, IReadOnlyList<string> keys)
    {
        if (keys.Count > 0)
        {
            var more = keys.Count > 4 ? $", and {keys.Count - 4} more" : string.Empty;
            var shown = string.Join(", ", keys.Take(4)) + more;
            await output.WriteLineAsync($"    {what,-8} {shown}");
        }
    }

    private Task HeadingAsync(int step, string title) =>
        output.WriteLineAsync($"{Environment.NewLine}Step {step}: {title}");
}
