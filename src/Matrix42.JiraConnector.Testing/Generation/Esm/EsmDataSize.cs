namespace Matrix42.JiraConnector.Testing.Generation;

/// <summary>How much data <see cref="EsmDataGenerator.Populate"/> creates in a fake ESM tenant.</summary>
public sealed record EsmDataSize
{
    /// <summary>A few hundred cards, for quick tests.</summary>
    public static EsmDataSize Small { get; } =
        new() { People = 200, Groups = 30, MembersPerGroup = 10, Incidents = 300 };

    /// <summary>Person cards. Default 50,000.</summary>
    public int People { get; init; } = 50_000;

    /// <summary>Group cards. Default 7,000.</summary>
    public int Groups { get; init; } = 7_000;

    /// <summary>Members (references to people) per group. Default 50 (350,000 memberships in all).</summary>
    public int MembersPerGroup { get; init; } = 50;

    /// <summary>Incident cards. Default 100,000.</summary>
    public int Incidents { get; init; } = 100_000;

    /// <summary>Every n-th person and group carries the removed status. Default 25; 0 for none.</summary>
    public int RemovedEvery { get; init; } = 25;
}
