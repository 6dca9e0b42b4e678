using Matrix42.JiraConnector.Sample.Reporting;

namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>One step of the demo with the runs it made.</summary>
/// <param name="Number">The step number as printed.</param>
/// <param name="Title">What the step shows.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Runs">The task runs of the step.</param>
internal sealed record DemoStepResult(
    int Number, string Title, DemoStepStatus Status, IReadOnlyList<TaskRunOutcome> Runs);
