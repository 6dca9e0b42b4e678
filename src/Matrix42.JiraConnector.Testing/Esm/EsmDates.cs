using System.Globalization;
using System.Text.RegularExpressions;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>Lenient parsing of the date-time forms the API and its early drafts used.</summary>
internal static partial class EsmDates
{
    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
    ];

    /// <summary>Parses an ISO-8601 date-time that carries <c>Z</c>, <c>+02:00</c> or <c>+0200</c>.</summary>
    public static bool TryParseInstant(string text, out DateTimeOffset instant)
    {
        // Early drafts of the API wrote offsets without a colon; .NET's K wants one.
        var normalised = CompactOffset().Replace(text, "$1:$2");
        return DateTimeOffset.TryParseExact(
                   normalised,
                   InstantFormats,
                   CultureInfo.InvariantCulture,
                   DateTimeStyles.None,
                   out instant)
               && (normalised.EndsWith('Z') || OffsetPresent().IsMatch(normalised));
    }

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"[+-]\d{2}:\d{2}$")]
    private static partial Regex OffsetPresent();
}
