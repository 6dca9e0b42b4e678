namespace Matrix42.JiraConnector.Conventions.Tests;

/// <summary>Compares the logging methods of the sources with the documented event table.</summary>
internal static class LoggerEventCheck
{
    /// <summary>Every problem found: duplicate ids, undocumented or misnamed events, stale rows.</summary>
    /// <param name="events">The logging methods of the product.</param>
    /// <param name="rows">The rows of the event table.</param>
    /// <returns>One line per problem; empty when code and table agree.</returns>
    public static IReadOnlyList<string> Problems(
        IReadOnlyList<LoggerEvent> events, IReadOnlyList<LoggerEventTable.Row> rows)
    {
        var problems = new List<string>();
        foreach (var clash in events.GroupBy(e => e.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"Event id {clash.Key} is used more than once: "
                         + string.Join(", ", clash.Select(e => $"{e.Name} ({e.Location})")));
        }

        foreach (var clash in rows.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"docs/logging.md lists event id {clash.Key} more than once (lines "
                         + string.Join(", ", clash.Select(r => r.Line)) + ")");
        }

        var documented = rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var e in events)
        {
            if (!documented.TryGetValue(e.Id, out var row))
            {
                problems.Add($"Event {e.Id} {e.Name} ({e.Location}) is missing from docs/logging.md");
                continue;
            }

            if (!string.Equals(row.Name, e.Name, StringComparison.Ordinal))
            {
                problems.Add($"Event {e.Id} is {e.Name} in {e.Location} but {row.Name} in docs/logging.md:{row.Line}");
            }

            if (e.Level is { } level && !row.Level.StartsWith(level, StringComparison.Ordinal))
            {
                problems.Add($"Event {e.Id} {e.Name} logs at {level} but docs/logging.md:{row.Line} says {row.Level}");
            }

            var missingFields = e.Fields.Where(f => !ContainsWord(row.Fields, f)).ToList();
            if (missingFields.Count > 0)
            {
                problems.Add($"Event {e.Id} {e.Name}: docs/logging.md:{row.Line} does not list the field(s) "
                             + string.Join(", ", missingFields));
            }
        }

        var ids = events.Select(e => e.Id).ToHashSet();
        problems.AddRange(rows.Where(r => !ids.Contains(r.Id))
            .Select(r => $"docs/logging.md:{r.Line} lists event {r.Id} {r.Name}, which no code logs"));
        return problems;
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1]))
                && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
