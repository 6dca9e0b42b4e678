namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// The longest values the offline validation accepts. A longer value is reported as
/// <see cref="ConfigurationRule.TooLong"/> naming the setting and the limit; the value itself is never echoed.
/// </summary>
public static class ConfigurationLimits
{
    /// <summary>Connector and task ids (letters, digits, '.', '_' and '-'): 64 characters.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Connector and task names, the WebAPI user, the bearer provider name, cron expressions: 200.</summary>
    public const int MaxNameLength = 200;

    /// <summary>
    /// ESM template, folder and attribute codes, reference index names, join separators, the Jira cloud id and
    /// time zone ids: 100 characters.
    /// </summary>
    public const int MaxCodeLength = 100;

    /// <summary>Jira field paths and field references: 1,000 characters.</summary>
    public const int MaxPathLength = 1_000;

    /// <summary>Constants, value-table keys and values, and state values: 4,000 characters.</summary>
    public const int MaxValueLength = 4_000;

    /// <summary>JQL queries: 10,000 characters.</summary>
    public const int MaxJqlLength = 10_000;

    /// <summary>Service URLs: 2,048 characters.</summary>
    public const int MaxUrlLength = 2_048;

    /// <summary>The Jira account e-mail: 254 characters.</summary>
    public const int MaxEmailLength = 254;
}
