namespace Matrix42.JiraConnector.Sample.Reporting;

/// <summary>The result of one task run as the sample prints and reports it.</summary>
internal sealed record TaskRunOutcome
{
    public required string ConnectorId { get; init; }

    public required string TaskId { get; init; }

    public required string TaskName { get; init; }

    /// <summary><c>scheduled</c> or <c>event</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>Succeeded</c>, <c>Failed</c>, <c>Stopped</c>, <c>HeldForApproval</c>, <c>Skipped</c> or <c>NotAvailable</c>.</summary>
    public required string Status { get; init; }

    public string? ExecutionId { get; init; }

    public bool DryRun { get; init; }

    public string? ExtractStatus { get; init; }

    public string? LoadStatus { get; init; }

    public RunCountsReport Counts { get; init; } = new();

    public IReadOnlyList<string> Errors { get; init; } = [];

    public IReadOnlyList<string> Created { get; init; } = [];

    public IReadOnlyList<string> Updated { get; init; } = [];

    public IReadOnlyList<string> Marked { get; init; } = [];

    public IReadOnlyList<string> Snapshots { get; init; } = [];

    /// <summary>Whether the run counts as failed for the exit code; held deletions and skipped runs do not.</summary>
    public bool IsFailure => Status is "Failed" or "Stopped" or "NotAvailable";
}
