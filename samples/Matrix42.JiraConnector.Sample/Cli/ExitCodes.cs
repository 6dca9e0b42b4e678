namespace Matrix42.JiraConnector.Sample.Cli;

/// <summary>The process exit codes, stable for scripts and schedulers.</summary>
internal static class ExitCodes
{
    /// <summary>Everything that ran succeeded.</summary>
    public const int Success = 0;

    /// <summary>At least one task failed (or could not run).</summary>
    public const int TaskFailed = 1;

    /// <summary>The configuration or the command line is invalid; every problem is listed.</summary>
    public const int InvalidConfiguration = 2;
}
