namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// How dates and date-times are written as EQL literals. The REST API does not document the format;
/// the default follows the EQL examples of the platform (<c>dd.MM.yyyy HH:mm</c>), in UTC.
/// </summary>
public sealed class EqlLiteralFormat
{
    /// <summary>Gets the default format: <c>dd.MM.yyyy</c> and <c>dd.MM.yyyy HH:mm</c> in UTC.</summary>
    public static EqlLiteralFormat Default { get; } = new();

    /// <summary>Gets the format string for dates.</summary>
    /// <value>Defaults to <c>dd.MM.yyyy</c>.</value>
    public string DateFormat { get; init; } = "dd.MM.yyyy";

    /// <summary>Gets the format string for date-times.</summary>
    /// <value>Defaults to <c>dd.MM.yyyy HH:mm</c>.</value>
    public string DateTimeFormat { get; init; } = "dd.MM.yyyy HH:mm";

    /// <summary>Gets the time zone date-times are converted to before formatting (the server's).</summary>
    /// <value>Defaults to UTC.</value>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
}
