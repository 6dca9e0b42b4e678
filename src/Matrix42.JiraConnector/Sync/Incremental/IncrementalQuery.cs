using System.Globalization;

namespace Matrix42.JiraConnector.Sync.Incremental;

/// <summary>Adds the incremental lower bound to a task's JQL.</summary>
internal static class IncrementalQuery
{
    /// <summary>Where the next incremental read starts: the watermark minus the overlap.</summary>
    /// <param name="watermark">The stored watermark; <see langword="null"/> before the first incremental run.</param>
    /// <param name="overlap">How far to reach back; not negative.</param>
    /// <returns>The lower bound, or <see langword="null"/> for a full read.</returns>
    public static DateTimeOffset? LowerBound(DateTimeOffset? watermark, TimeSpan overlap)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(overlap, TimeSpan.Zero);
        return watermark - overlap;
    }

    /// <summary>
    /// Combines the task's JQL with <c>updated &gt;= bound</c>. The bound is an epoch-milliseconds literal,
    /// because Jira reads date literals in the searching account's time zone and a number has none.
    /// </summary>
    /// <param name="jql">The task's JQL, possibly with an <c>ORDER BY</c> clause.</param>
    /// <param name="from">The lower bound.</param>
    /// <returns>The bounded JQL.</returns>
    public static string Bound(string jql, DateTimeOffset from)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jql);
        var (condition, orderBy) = SplitOrderBy(jql);
        var bound = "updated >= " + from.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var combined = string.IsNullOrWhiteSpace(condition) ? bound : $"({condition.Trim()}) AND {bound}";
        return orderBy is null ? combined : $"{combined} {orderBy}";
    }

    /// <summary>Splits a trailing <c>ORDER BY</c> clause off, ignoring the words inside quoted literals.</summary>
    /// <param name="jql">The JQL.</param>
    /// <returns>The condition and the clause (or <see langword="null"/>).</returns>
    internal static (string Condition, string? OrderBy) SplitOrderBy(string jql)
    {
        var found = -1;
        char? quote = null;
        for (var i = 0; i < jql.Length; i++)
        {
            var c = jql[i];
            if (quote is not null)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (IsOrderByAt(jql, i))
            {
                found = i;
            }
        }

        return found < 0 ? (jql, null) : (jql[..found], jql[found..].Trim());
    }

    private static bool IsOrderByAt(string jql, int i)
    {
        if (i > 0 && (char.IsLetterOrDigit(jql[i - 1]) || jql[i - 1] == '_'))
        {
            return false;
        }

        if (string.Compare(jql, i, "order", 0, 5, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var j = i + 5;
        var spaces = j;
        while (j < jql.Length && char.IsWhiteSpace(jql[j]))
        {
            j++;
        }

        return j > spaces && j + 2 <= jql.Length &&
               string.Compare(jql, j, "by", 0, 2, StringComparison.OrdinalIgnoreCase) == 0 &&
               (j + 2 == jql.Length || !char.IsLetterOrDigit(jql[j + 2]));
    }
}
