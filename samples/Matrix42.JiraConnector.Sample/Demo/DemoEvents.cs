using Matrix42.JiraConnector.Sample.Running;

namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>
/// Step 4 of the demo: create a Jira issue from the seeded ESM incident (the key is written back), push an
/// ESM comment to it, resolve it, and add a user to groups through an access request.
/// </summary>
internal sealed class DemoEvents(DemoEnvironment demo, EventRuns runs, TextWriter output)
{
    public async Task<DemoStepResult> RunAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _ = (demo, runs);
        if (!EventRuns.IsAvailable)
        {
            await output.WriteLineAsync($"  NOT AVAILABLE YET: {EventRuns.NotAvailableMessage}");
            return new DemoStepResult(4, "Event activities", DemoStepStatus.NotAvailable, []);
        }

        return new DemoStepResult(4, "Event activities", DemoStepStatus.NotAvailable, []);
    }
}
