namespace Matrix42.JiraConnector.Sample.Cli;

/// <summary>
/// Turns the command line into configuration keys of the <c>Sample</c> section, so it overrides
/// <c>appsettings.json</c> and environment variables through the ordinary configuration stack. Unknown or
/// incomplete options are collected and reported together.
/// </summary>
internal static class CommandLine
{
    private static readonly Dictionary<string, string> ValueOptions = new(StringComparer.Ordinal)
    {
        ["--config"] = nameof(SampleOptions.Config),
        ["--task"] = nameof(SampleOptions.Task),
        ["--event"] = nameof(SampleOptions.Event),
        ["--card"] = nameof(SampleOptions.Card),
        ["--activity"] = nameof(SampleOptions.Activity),
        ["--worklog"] = nameof(SampleOptions.Worklog),
        ["--report"] = nameof(SampleOptions.Report),
        ["--state-dir"] = nameof(SampleOptions.StateDirectory),
    };

    // Each switch sets "true" at its key under the Sample section.
    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--dry-run"] = nameof(SampleOptions.DryRun),
        ["--serve"] = nameof(SampleOptions.Serve),
        ["--smoke"] = nameof(SampleOptions.Smoke),
        ["--telemetry-console"] = $"{nameof(SampleOptions.Telemetry)}:{nameof(SampleTelemetryOptions.Console)}",
    };

    public const string Usage = """
        Usage: Matrix42.JiraConnector.Sample [options]
          (no options)                 run the demo against the bundled fake Jira and fake ESM
          --config <file>              the connector configuration document (JSON); without it the
                                       options below work on the demo's fakes
          --task <name>                run one scheduled task once and exit
          --event <task> --card <id>   run one event task for one ESM data card and exit
          --activity <name>            with --event: create-issue, update-issue, push-comments,
                                       push-status, create-user, delete-user, create-group,
                                       delete-group, add-to-groups, remove-from-groups
                                       (default: what the task's usage is for)
          --worklog <attribute>        with push-comments: the worklog attribute (default comments)
          --dry-run                    print the plan, write nothing
          --report <file>              write the run results as JSON
          --serve                      keep running the scheduled tasks on their schedules
          --smoke                      read-only check of Jira and ESM, then exit
          --state-dir <folder>         where the SQLite state and extract snapshots live
          --telemetry-console          write the connector's spans and metrics to the console
                                       (OpenTelemetry console exporter)
        Exit codes: 0 success, 1 a task failed, 2 invalid configuration or command line.
        """;

    public static (Dictionary<string, string?> Values, List<string> Problems, bool Help) Parse(
        IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                help = true;
            }
            else if (Switches.TryGetValue(arg, out var flag))
            {
                values[$"{SampleOptions.SectionName}:{flag}"] = "true";
            }
            else if (ValueOptions.TryGetValue(arg, out var key))
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    problems.Add($"{arg} needs a value.");
                    continue;
                }

                values[$"{SampleOptions.SectionName}:{key}"] = args[++i];
            }
            else
            {
                problems.Add($"Unknown option '{arg}'.");
            }
        }

        return (values, problems, help);
    }

    /// <summary>Combinations that make no sense, all listed at once.</summary>
    public static List<string> CheckCombination(SampleOptions options)
    {
        var problems = new List<string>();
        if (options.Event is not null && options.Card is null)
        {
            problems.Add("--event needs --card <dataCardId>.");
        }

        if (options.Card is not null && options.Event is null)
        {
            problems.Add("--card is used only with --event <task>.");
        }

        if (options.Activity is not null && !Running.EventActivity.All.Contains(options.Activity))
        {
            problems.Add(
                $"--activity '{options.Activity}' is not one of {string.Join(", ", Running.EventActivity.All)}.");
        }

        if (options.Activity is not null && options.Event is null)
        {
            problems.Add("--activity is used only with --event <task>.");
        }

        if (options.Task is not null && options.Event is not null)
        {
            problems.Add("Use either --task or --event, not both.");
        }

        if (options.Serve && (options.Task is not null || options.Event is not null || options.Smoke))
        {
            problems.Add(
                "--serve runs every task on its schedule; it cannot be combined with --task, --event or --smoke.");
        }

        if (options.Serve && options.DryRun)
        {
            problems.Add("--serve writes on every scheduled run; it cannot be combined with --dry-run.");
        }

        return problems;
    }
}
