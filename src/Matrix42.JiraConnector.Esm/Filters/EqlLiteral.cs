using System.Globalization;

namespace Matrix42.JiraConnector.Esm;

/// <summary>A literal in an EQL condition; dates are formatted late, with the client's format.</summary>
internal sealed class EqlLiteral
{
    private readonly string? _text;
    private readonly DateOnly? _date;
    private readonly DateTimeOffset? _dateTime;

    private EqlLiteral(string? text, DateOnly? date, DateTimeOffset? dateTime)
    {
        _text = text;
        _date = date;
        _dateTime = dateTime;
    }

    public static EqlLiteral Text(string value, string attributeCode) =>
        new(EnsureQuotable(value, attributeCode), null, null);

    public static EqlLiteral Date(DateOnly value) => new(null, value, null);

    public static EqlLiteral DateTime(DateTimeOffset value) => new(null, null, value);

    public string Format(EqlLiteralFormat format, string attributeCode)
    {
        if (_text is not null)
        {
            return _text;
        }

        var formatted = _date is { } date
            ? date.ToString(format.DateFormat, CultureInfo.InvariantCulture)
            : TimeZoneInfo.ConvertTime(_dateTime!.Value, format.TimeZone)
                .ToString(format.DateTimeFormat, CultureInfo.InvariantCulture);
        return EnsureQuotable(formatted, attributeCode);
    }

    // ESM documents no escape for a quote inside a literal, and whether '\' escapes is unknown, so
    // any character that could end or alter the literal is refused (see docs/limitations.md).
    // '$' is refused because '$code$' is substituted inside EQL and the substitution's scope is unknown.
    private static string EnsureQuotable(string value, string attributeCode)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            var refused = c switch
            {
                '\'' => "a single quote (')",
                '\\' => "a backslash (\\)",
                '$' => "a dollar sign ($)",
                _ when char.IsControl(c) => $"a control character (U+{(int)c:X4})",
                _ => null,
            };
            if (refused is not null)
            {
                throw new EsmFilterException(
                    $"The value compared with attribute '{attributeCode}' contains {refused}, which EQL " +
                    "literals cannot carry safely; the condition was not built.",
                    attributeCode);
            }
        }

        return value;
    }
}
