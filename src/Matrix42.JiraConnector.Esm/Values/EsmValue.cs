namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// One value of a data card attribute. The family is closed: text, number, date, date-time,
/// static value, reference, external reference, worklog entry, and <see cref="EsmRawValue"/> for
/// attribute types the client does not know.
/// </summary>
public abstract record EsmValue
{
    private protected EsmValue()
    {
    }

    /// <summary>Creates a text value (attribute type <c>string</c> or long text).</summary>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    public static EsmTextValue Text(string value) => new(value);

    /// <summary>Creates a number value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static EsmNumberValue Number(decimal value) => new(value);

    /// <summary>Creates a date value without a time (sent as <c>yyyy-MM-dd</c>).</summary>
    /// <param name="value">The date.</param>
    /// <returns>The value.</returns>
    public static EsmDateValue Date(DateOnly value) => new(value);

    /// <summary>Creates a date-time value; it is sent in UTC with a <c>Z</c> suffix.</summary>
    /// <param name="value">The point in time.</param>
    /// <returns>The value.</returns>
    public static EsmDateTimeValue DateTime(DateTimeOffset value) => new(value);

    /// <summary>Creates a static (enumerated) value by its display value, its code, or both.</summary>
    /// <param name="value">The display value, for example <c>1 - New</c>.</param>
    /// <param name="code">The code, for example <c>new</c>.</param>
    /// <returns>The value.</returns>
    public static EsmStaticValue Static(string? value, string? code = null) => new(value, code);

    /// <summary>Creates a reference to another data card by its id.</summary>
    /// <param name="dataCardId">The referenced card's id.</param>
    /// <returns>The value.</returns>
    public static EsmReferenceValue Reference(string dataCardId) => new(dataCardId);

    /// <summary>Creates an external reference (a link or a file location).</summary>
    /// <param name="name">The shown name.</param>
    /// <param name="location">The location, for example a URL.</param>
    /// <returns>The value.</returns>
    public static EsmExternalReferenceValue ExternalReference(string name, string location) => new(name, location);

    /// <summary>Creates a worklog entry (a comment); write it with an "add values" call.</summary>
    /// <param name="text">The comment text.</param>
    /// <returns>The value.</returns>
    public static EsmWorklogValue Worklog(string text) => new(text);
}
