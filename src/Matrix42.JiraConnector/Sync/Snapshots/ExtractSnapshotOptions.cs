namespace Matrix42.JiraConnector.Sync.Snapshots;

/// <summary>Where scheduled runs keep the JSON-lines snapshots of what they read, and for how long.</summary>
/// <remarks>
/// Snapshots hold what Jira returned, including personal data such as names and e-mail addresses of users;
/// put the folder where only operators can read it.
/// </remarks>
public sealed class ExtractSnapshotOptions
{
    /// <summary>Whether runs write snapshots.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>The root folder; each task gets a subfolder.</summary>
    /// <value>Defaults to <c>Matrix42.JiraConnector/snapshots</c> below the system's temporary folder.</value>
    public string Folder { get; set; } = Path.Combine(Path.GetTempPath(), "Matrix42.JiraConnector", "snapshots");

    /// <summary>How many runs' snapshots are kept per task; older files are deleted.</summary>
    /// <value>Defaults to 20.</value>
    public int RetainedRunsPerTask { get; set; } = 20;
}
