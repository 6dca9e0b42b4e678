namespace Matrix42.JiraConnector.Sample.Reporting;

/// <summary>The counts of one run, flattened for the JSON report.</summary>
internal sealed record RunCountsReport
{
    public int Read { get; init; }

    public int Created { get; init; }

    public int Updated { get; init; }

    public int Unchanged { get; init; }

    public int Failed { get; init; }

    public int Conflicts { get; init; }

    public int MarkedInactive { get; init; }

    public int MarkedRemoved { get; init; }

    public int Restored { get; init; }

    public int Writes => Created + Updated + MarkedInactive + MarkedRemoved + Restored;
}
