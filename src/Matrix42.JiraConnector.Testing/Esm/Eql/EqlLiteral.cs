using System.Globalization;
using System.Text.RegularExpressions;

namespace Matrix42.JiraConnector.Testing.Esm.Eql;

/// <summary>Converts literals to the value kind of the operand they are compared with.</summary>
internal static partial class EqlLiteral
{
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "dd.MM.yyyy"];
    private static readonly string[] LocalFormats = ["dd.MM.yyyy HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public static object Convert(EqlToken literal, EqlOperand operand, DateTimeOffset now)
    {
        var text = literal.Text;
        switch (operand.Kind)
        {
            case EqlValueKind.Number:
                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : throw Mismatch(literal, operand, "a number");

            case EqlValueKind.Instant:
                return TryInstant(text, now, out var instant) ? instant : throw Mismatch(literal, operand, "a date");

            case EqlValueKind.Flag:
                return text switch
                {
                    "0" or "false" => false,
                    "1" or "true" => true,
                    _ => throw Mismatch(literal, operand, "0, 1, true or false"),
                };

            default:
                return text;
        }
    }

    /// <summary>A stored date or date-time value as an instant; dates count as midnight UTC.</summary>
    public static DateTimeOffset StoredInstant(string stored) =>
        stored.Length == 10
            ? new DateTimeOffset(
                DateOnly.ParseExact(stored, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                TimeOnly.MinValue,
                TimeSpan.Zero)
            : DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static bool TryInstant(string text, DateTimeOffset now, out DateTimeOffset instant)
    {
        if (DateOnly.TryParseExact(text, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            instant = new DateTimeOffset(day, TimeOnly.MinValue, TimeSpan.Zero);
            return true;
        }

        if (EsmDates.TryParseInstant(text, out instant))
        {
            return true;
        }

        // Forms without an offset are read as UTC; the tenant's own time zone is unknown to the fake.
        if (DateTimeOffset.TryParseExact(
                text,
                LocalFormats,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal,
                out instant))
        {
            return true;
        }

        return TryRelative(text, now, out instant);
    }

    private static bool TryRelative(string text, DateTimeOffset now, out DateTimeOffset instant)
    {
        instant = now;
        var match = Relative().Match(text);
        if (!match.Success)
        {
            return false;
        }

        if (!match.Groups["sign"].Success)
        {
            return true;
        }

        var amount = int.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
        var step = match.Groups["unit"].Value switch
        {
            "h" => TimeSpan.FromHours(amount),
            "d" => TimeSpan.FromDays(amount),
            _ => TimeSpan.FromDays(7 * amount),
        };
        instant = match.Groups["sign"].Value == "-" ? now - step : now + step;
        return true;
    }

    private static EqlException Mismatch(EqlToken literal, EqlOperand operand, string expected) =>
        new($"'{literal.Text}' at position {literal.Position} cannot be compared with {operand.Description}; " +
            $"expected {expected}.");

    [GeneratedRegex(@"^now(\s*(?<sign>[+-])\s*(?<amount>\d{1,6})\s*(?<unit>[hdw]))?$")]
    private static partial Regex Relative();
}
