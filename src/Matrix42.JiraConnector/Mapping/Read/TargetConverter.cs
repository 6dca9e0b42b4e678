using System.Globalization;
using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>Converts a natural value to the ESM attribute's type; references are resolved by the caller.</summary>
internal static class TargetConverter
{
    public static bool TryConvert(AttributeValue natural, EsmAttributeType? target, out AttributeValue value)
    {
        switch (target)
        {
            case null:
                value = natural;
                return true;

            case EsmAttributeType.Number:
                if (natural.Kind == AttributeValueKind.Number)
                {
                    value = natural;
                    return true;
                }

                var isNumber = decimal.TryParse(natural.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture,
                    out var number);
                value = isNumber ? AttributeValue.FromNumber(number) : default;
                return isNumber;

            case EsmAttributeType.Date:
                // ESM's date type holds dates and date-times alike, so a date-time keeps its time.
                return natural.Kind == AttributeValueKind.DateTime
                    ? Keep(natural, out value)
                    : TryDate(natural, out value);

            case EsmAttributeType.DateTime:
                return TryDateTime(natural, out value);

            case EsmAttributeType.StaticValue:
                value = natural.Kind == AttributeValueKind.Static
                    ? natural
                    : AttributeValue.FromStatic(natural.ToString());
                return true;

            default:
                value = natural.Kind == AttributeValueKind.Text ? natural : AttributeValue.FromText(natural.ToString());
                return true;
        }
    }

    private static bool Keep(AttributeValue natural, out AttributeValue value)
    {
        value = natural;
        return true;
    }

    private static bool TryDate(AttributeValue natural, out AttributeValue value)
    {
        switch (natural.Kind)
        {
            case AttributeValueKind.Date:
                value = natural;
                return true;
        }

        var text = natural.ToString();
        if (JiraDateText.TryParseDate(text, out var date))
        {
            value = AttributeValue.FromDate(date);
            return true;
        }

        var ok = JiraDateText.TryParseDateTime(text, out var instant);
        value = ok ? AttributeValue.FromDateTime(instant) : default;
        return ok;
    }

    private static bool TryDateTime(AttributeValue natural, out AttributeValue value)
    {
        switch (natural.Kind)
        {
            case AttributeValueKind.DateTime:
                value = natural;
                return true;
            case AttributeValueKind.Date:
                // A date-only value written into a date-time attribute means midnight UTC of that day.
                value = AttributeValue.FromDateTime(
                    new DateTimeOffset(natural.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
                return true;
        }

        var ok = JiraDateText.TryParseDateTime(natural.ToString(), out var instant);
        value = ok ? AttributeValue.FromDateTime(instant) : default;
        return ok;
    }
}
