namespace Matrix42.JiraConnector.Jira;

/// <summary>The result of <see cref="IJiraConnectionOperations.TestConnectionAsync"/>.</summary>
public sealed record JiraConnectionTestResult
{
    /// <summary>What happened.</summary>
    public required JiraConnectionOutcome Outcome { get; init; }

    /// <summary>A human-readable explanation (never contains credentials).</summary>
    public required string Message { get; init; }

    /// <summary>The HTTP status, when the site answered.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The authenticated account's id, on success.</summary>
    public string? AccountId { get; init; }

    /// <summary>The authenticated account's IANA time zone (JQL dates are read in it), on success.</summary>
    public string? TimeZone { get; init; }

    /// <summary>
    /// <see langword="true"/> when <see cref="Outcome"/> is <see cref="JiraConnectionOutcome.Succeeded"/>.
    /// </summary>
    public bool Succeeded => Outcome == JiraConnectionOutcome.Succeeded;
}
