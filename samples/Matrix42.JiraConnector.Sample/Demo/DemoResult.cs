namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>Everything the demo did, for the exit code and for tests.</summary>
internal sealed class DemoResult
{
    public List<DemoStepResult> Steps { get; } = [];

    public DemoChanges? Changes { get; set; }

    public string? StateDirectory { get; set; }

    public DemoStepResult Step(int number) => Steps.Single(s => s.Number == number);

    /// <summary>Failed when any step that ran failed; steps not available in this build do not count.</summary>
    public bool Failed => Steps.Any(s => s.Status == DemoStepStatus.Failed);
}
