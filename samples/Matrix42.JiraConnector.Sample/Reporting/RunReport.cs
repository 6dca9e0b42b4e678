namespace Matrix42.JiraConnector.Sample.Reporting;

/// <summary>The document <c>--report</c> writes: every task run of this invocation and the exit code.</summary>
internal sealed record RunReport
{
    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset EndedAt { get; init; }

    public required int ExitCode { get; init; }

    public bool DryRun { get; init; }

    public IReadOnlyList<TaskRunOutcome> Tasks { get; init; } = [];

    public IReadOnlyList<string> Problems { get; init; } = [];
}
