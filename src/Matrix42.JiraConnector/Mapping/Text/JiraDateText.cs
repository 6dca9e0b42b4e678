using Matrix42.JiraConnector.Jira.Dates;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// The mapping engine's view of Jira date texts, through the Jira client's <see cref="JiraDates"/>: dates are
/// <c>yyyy-MM-dd</c>; date-times must carry an offset (<c>+0900</c>, <c>+09:00</c> or <c>Z</c>), because guessing
/// a zone would shift absolute instants.
/// </summary>
internal static class JiraDateText
{
    public static bool TryParseDate(string text, out DateOnly date) => JiraDates.TryParseDate(text, out date);

    public static bool TryParseDateTime(string text, out DateTimeOffset instant) =>
        JiraDates.TryParseDateTime(text, out instant);
}
