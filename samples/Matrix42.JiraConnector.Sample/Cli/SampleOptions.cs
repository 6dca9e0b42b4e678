namespace Matrix42.JiraConnector.Sample.Cli;

/// <summary>
/// What the sample does, bound from the <c>Sample</c> section: <c>appsettings.json</c>, then environment
/// variables (<c>Sample__Task</c>), then the command line, each overriding the one before.
/// </summary>
internal sealed class SampleOptions
{
    public const string SectionName = "Sample";

    /// <summary>The configuration document; without it the embedded demo runs against the fakes.</summary>
    public string? Config { get; set; }

    /// <summary>Runs this scheduled task (by name or id) once and exits.</summary>
    public string? Task { get; set; }

    /// <summary>Runs this event task (by name or id) for <see cref="Card"/> and exits.</summary>
    public string? Event { get; set; }

    /// <summary>The ESM data card id an event task runs for.</summary>
    public string? Card { get; set; }

    /// <summary>The activity <see cref="Event"/> runs; defaults to the one the task's usage is for.</summary>
    public string? Activity { get; set; }

    /// <summary>The worklog attribute the <c>push-comments</c> activity transfers.</summary>
    /// <value>Defaults to <c>comments</c>.</value>
    public string Worklog { get; set; } = "comments";

    /// <summary>Plans only; writes nothing to Jira, ESM or the state store.</summary>
    public bool DryRun { get; set; }

    /// <summary>Where the run results are written as JSON.</summary>
    public string? Report { get; set; }

    /// <summary>Keeps running the scheduled tasks on their schedules until stopped.</summary>
    public bool Serve { get; set; }

    /// <summary>Runs the read-only check of the connectors and exits.</summary>
    public bool Smoke { get; set; }

    /// <summary>Where the connector's traces and metrics go (section <c>Sample:Telemetry</c>).</summary>
    public SampleTelemetryOptions Telemetry { get; set; } = new();

    /// <summary>The folder for the SQLite state store and the extract snapshots.</summary>
    /// <value>Defaults to <c>.jira-connector</c> under the current directory (a temporary folder for the demo).</value>
    public string? StateDirectory { get; set; }
}
