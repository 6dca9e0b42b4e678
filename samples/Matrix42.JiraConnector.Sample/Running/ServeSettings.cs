namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>What <see cref="SampleRunExecutor"/> needs besides the SDK's services.</summary>
/// <param name="SnapshotDirectory">Where extract snapshots go.</param>
/// <param name="Output">Where each finished run is printed.</param>
internal sealed record ServeSettings(string SnapshotDirectory, TextWriter Output);
