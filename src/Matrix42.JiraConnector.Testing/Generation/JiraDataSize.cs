namespace Matrix42.JiraConnector.Testing.Generation;

/// <summary>How much data <see cref="JiraDataGenerator"/> creates. The defaults are a large
/// identity-and-access site.</summary>
public sealed record JiraDataSize
{
    /// <summary>A small site for unit tests: 200 users, 30 groups, 800 memberships, 300 issues in 3 projects.</summary>
    public static JiraDataSize Small { get; } = new() { Users = 200, Groups = 30, Memberships = 800, Issues = 300,
        Projects = 3 };

    /// <summary>User accounts (of every type; a few inactive, app or customer accounts); default 50,000.</summary>
    public int Users { get; init; } = 50_000;

    /// <summary>Groups; default 7,000.</summary>
    public int Groups { get; init; } = 7_000;

    /// <summary>Group memberships; default 350,000 (at most users × groups).</summary>
    public int Memberships { get; init; } = 350_000;

    /// <summary>Issues; default 100,000.</summary>
    public int Issues { get; init; } = 100_000;

    /// <summary>Projects the issues are spread over; default 10.</summary>
    public int Projects { get; init; } = 10;

    /// <summary>One issue in this many gets a few comments and a description; default 20.</summary>
    public int RichIssueEvery { get; init; } = 20;
}
