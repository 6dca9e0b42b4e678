using Cronos;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>Checks cron expressions (5 fields, or 6 with seconds) and time zone ids.</summary>
internal static class ScheduleRules
{
    public static void Check(ProblemCollector problems, ScheduleSettings schedule, string path)
    {
        if (!schedule.ManualOnly && problems.Require(schedule.Cron, $"{path}.cron",
                "A cron expression (or manualOnly: true)") &&
            problems.FitsLimit(schedule.Cron, $"{path}.cron", ConfigurationLimits.MaxNameLength, "The cron expression"))
        {
            if (!TryParseCron(schedule.Cron!, out var error))
            {
                problems.Add($"{path}.cron", ConfigurationRule.InvalidCron,
                    $"'{schedule.Cron}' is not a valid cron expression: {error}");
            }
        }

        if (problems.Require(schedule.TimeZone, $"{path}.timeZone", "The time zone") &&
            problems.FitsLimit(schedule.TimeZone, $"{path}.timeZone", ConfigurationLimits.MaxCodeLength,
                "The time zone id") &&
            !TimeZoneInfo.TryFindSystemTimeZoneById(schedule.TimeZone, out _))
        {
            problems.Add($"{path}.timeZone", ConfigurationRule.UnknownTimeZone,
                $"'{schedule.TimeZone}' is not a known IANA or Windows time zone id.");
        }
    }

    /// <summary>Parses the expression in the format its field count implies.</summary>
    public static CronExpression ParseCron(string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        return CronExpression.Parse(cron.Trim(), fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
    }

    private static bool TryParseCron(string cron, out string? error)
    {
        try
        {
            ParseCron(cron);
            error = null;
            return true;
        }
        catch (CronFormatException ex)
        {
            error = ex.Message;
            return false;
        }
    }
}
