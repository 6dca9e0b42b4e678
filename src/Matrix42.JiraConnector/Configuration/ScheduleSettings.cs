namespace Matrix42.JiraConnector.Configuration;

/// <summary>When a scheduled task runs.</summary>
public sealed class ScheduleSettings
{
    /// <summary>
    /// A cron expression: five fields (minute precision) or six (with seconds first), e.g. <c>0 */4 * * *</c>.
    /// </summary>
    /// <value>No default; required unless <see cref="ManualOnly"/> is set.</value>
    public string? Cron { get; set; }

    /// <summary>The IANA or Windows time zone the cron expression is read in.</summary>
    /// <value>Defaults to <c>UTC</c>.</value>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Runs only when started by hand or by the host; <see cref="Cron"/> is then ignored.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool ManualOnly { get; set; }
}
