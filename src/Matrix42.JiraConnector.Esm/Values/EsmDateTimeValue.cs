namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// A point in time (attribute type <c>date</c> with a time). It is always held and sent in UTC,
/// written as <c>yyyy-MM-ddTHH:mm:ssZ</c>; reading accepts other offsets such as <c>+0200</c>.
/// </summary>
public sealed record EsmDateTimeValue : EsmValue
{
    /// <summary>Initializes a new instance; the value is converted to UTC.</summary>
    /// <param name="value">The point in time, in any offset.</param>
    public EsmDateTimeValue(DateTimeOffset value)
    {
        Value = value.ToUniversalTime();
    }

    /// <summary>Gets the point in time, in UTC (offset zero).</summary>
    public DateTimeOffset Value { get; }
}
