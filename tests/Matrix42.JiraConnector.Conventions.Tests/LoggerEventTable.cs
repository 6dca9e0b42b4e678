using System.Text.RegularExpressions;

namespace Matrix42.JiraConnector.Conventions.Tests;

/// <summary>The event rows of <c>docs/logging.md</c>: <c>| Id | Level | Name | When | Fields |</c>.</summary>
internal static partial class LoggerEventTable
{
    /// <summary>One documented event.</summary>
    /// <param name="Id">The event id.</param>
    /// <param name="Level">The level cell, e.g. <c>Information</c>.</param>
    /// <param name="Name">The name cell.</param>
    /// <param name="Fields">The fields cell.</param>
    /// <param name="Line">The line of the row.</param>
    public sealed record Row(int Id, string Level, string Name, string Fields, int Line);

    /// <summary>Every table row whose first cell is an event id.</summary>
    /// <param name="markdown">The page.</param>
    /// <returns>The rows, in page order.</returns>
    public static IReadOnlyList<Row> Parse(string markdown)
    {
        var rows = new List<Row>();
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = EventRow().Match(lines[i]);
            if (match.Success)
            {
                rows.Add(new Row(
                    int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                    match.Groups[2].Value.Trim(), match.Groups[3].Value.Trim(), match.Groups[5].Value.Trim(), i + 1));
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^\|\s*(\d+)\s*\|([^|]*)\|([^|]*)\|([^|]*)\|([^|]*)\|\s*$")]
    private static partial Regex EventRow();
}
