namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>How a run's steps ended, for the final statuses.</summary>
internal sealed class RunOutcome
{
    public bool ExtractCompleted { get; set; }

    public bool Stopped { get; set; }

    public bool LeaseLost { get; set; }

    public Exception? Failure { get; set; }

    public string? HeldReason { get; set; }
}
