namespace Matrix42.JiraConnector.Sample.Reporting;

/// <summary>The result of one task run as the sample prints and reports it.</summary>
internal sealed record TaskRunOutcome
{
    public required string ConnectorId { get; init; }

    public required string TaskId { get; init; }

    public required string TaskName { get; init; }

    /// <summary><c>scheduled</c> or <c>event</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>
    /// Scheduled runs: <c>Succeeded</c>, <c>Failed</c>, <c>Stopped</c>, <c>HeldForApproval</c> or <c>Skipped</c>;
    /// event activities: <c>Completed</c>, <c>Failed</c>, <c>OutcomeUnknown</c> or <c>Planned</c> (dry run).
    /// </summary>
    public required string Status { get; init; }

    public string? ExecutionId { get; init; }

    public bool DryRun { get; init; }

    public string? ExtractStatus { get; init; }

    public string? LoadStatus { get; init; }

    public RunCountsReport Counts { get; init; } = new();

    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>
    /// Entity keys of the cards created: those the run wrote, or for a dry run those it planned. The same holds
    /// for <see cref="Updated"/>, <see cref="Marked"/> (key and mark) and <see cref="Restored"/>.
    /// </summary>
    public IReadOnlyList<string> Created { get; init; } = [];

    public IReadOnlyList<string> Updated { get; init; } = [];

    public IReadOnlyList<string> Marked { get; init; } = [];

    public IReadOnlyList<string> Restored { get; init; } = [];

    /// <summary>Whether a key list was capped by the runner; the counts stay exact.</summary>
    public bool KeysTruncated { get; init; }

    public IReadOnlyList<string> Snapshots { get; init; } = [];

    /// <summary>An event activity's message.</summary>
    public string? Message { get; init; }

    /// <summary>What an event activity wrote back (issue key and id, account id, group id).</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether the run counts as failed for the exit code; held deletions and skipped runs do not.</summary>
    public bool IsFailure => Status is "Failed" or "Stopped" or "OutcomeUnknown";
}
