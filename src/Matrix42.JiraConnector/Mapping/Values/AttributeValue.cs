using System.Globalization;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// One ESM attribute value as the mapping engine produces and consumes it. A small struct, so mapping a card
/// allocates nothing per value beyond the text it carries.
/// </summary>
public readonly struct AttributeValue : IEquatable<AttributeValue>
{
    // Dividing by 1 with 28 zeros strips trailing zeros from the scale, so 111.0 and 111 compare and print alike.
    private const decimal ScaleNormalizer = 1.0000000000000000000000000000m;

    private readonly string? _text;
    private readonly decimal _number;
    private readonly DateTimeOffset _instant;

    private AttributeValue(AttributeValueKind kind, string? text, decimal number, DateTimeOffset instant)
    {
        Kind = kind;
        _text = text;
        _number = number;
        _instant = instant;
    }

    /// <summary>The kind of value.</summary>
    public AttributeValueKind Kind { get; }

    /// <summary>The text of a text or static value, or the data card id of a reference; otherwise <see
    /// langword="null"/>.</summary>
    public string? Text => _text;

    /// <summary>The number of a <see cref="AttributeValueKind.Number"/> value.</summary>
    public decimal Number => _number;

    /// <summary>The date of a <see cref="AttributeValueKind.Date"/> value.</summary>
    public DateOnly Date => DateOnly.FromDateTime(_instant.UtcDateTime);

    /// <summary>The UTC instant of a <see cref="AttributeValueKind.DateTime"/> value.</summary>
    public DateTimeOffset Instant => _instant;

    /// <summary>Creates a text value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    public static AttributeValue FromText(string text) =>
        new(AttributeValueKind.Text, text ?? throw new ArgumentNullException(nameof(text)), 0, default);

    /// <summary>Creates a number value; trailing zeros of the scale are dropped, other decimals kept.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The value.</returns>
    public static AttributeValue FromNumber(decimal number) =>
        new(AttributeValueKind.Number, null, number / ScaleNormalizer, default);

    /// <summary>Creates a date value.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The value.</returns>
    public static AttributeValue FromDate(DateOnly date) =>
        new(AttributeValueKind.Date, null, 0, new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    /// <summary>Creates a date-time value, converted to UTC.</summary>
    /// <param name="instant">The instant in any offset.</param>
    /// <returns>The value.</returns>
    public static AttributeValue FromDateTime(DateTimeOffset instant) =>
        new(AttributeValueKind.DateTime, null, 0, instant.ToUniversalTime());

    /// <summary>Creates a static value.</summary>
    /// <param name="value">The display value or code.</param>
    /// <returns>The value.</returns>
    public static AttributeValue FromStatic(string value) =>
        new(AttributeValueKind.Static, value ?? throw new ArgumentNullException(nameof(value)), 0, default);

    /// <summary>Creates a reference to a data card.</summary>
    /// <param name="dataCardId">The data card id.</param>
    /// <returns>The value.</returns>
    public static AttributeValue FromReference(string dataCardId) =>
        new(AttributeValueKind.Reference, dataCardId ?? throw new ArgumentNullException(nameof(dataCardId)), 0,
            default);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(AttributeValue left, AttributeValue right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AttributeValue left, AttributeValue right) => !left.Equals(right);

    /// <summary>
    /// The invariant text form: numbers without trailing zeros (<c>0.5</c>), dates <c>yyyy-MM-dd</c>, date-times
    /// ISO-8601 UTC with milliseconds (<c>2024-03-10T14:30:00.000Z</c>), references their data card id.
    /// </summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Kind switch
    {
        AttributeValueKind.Number => _number.ToString(CultureInfo.InvariantCulture),
        AttributeValueKind.Date => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        AttributeValueKind.DateTime => _instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'",
            CultureInfo.InvariantCulture),
        _ => _text ?? string.Empty,
    };

    /// <inheritdoc />
    public bool Equals(AttributeValue other) =>
        Kind == other.Kind && string.Equals(_text, other._text, StringComparison.Ordinal) &&
        _number == other._number && _instant == other._instant;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AttributeValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _text, _number, _instant);
}
