namespace Matrix42.JiraConnector.Jira.Jql;

/// <summary>
/// Builds a JQL query from clauses joined by <c>AND</c>, quoting every value.
/// </summary>
/// <example>
/// <code>
/// var jql = new JqlBuilder()
///     .Equal("project", "OPS")
///     .UpdatedOnOrAfter(watermark, "Europe/Berlin")
///     .OrderBy("updated")
///     .Build();
/// </code>
/// </example>
public sealed class JqlBuilder
{
    private readonly List<string> _clauses = [];
    private readonly List<string> _orderBy = [];

    /// <summary>Adds <c>field = "value"</c>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value, quoted and escaped.</param>
    /// <returns>This builder.</returns>
    public JqlBuilder Equal(string field, string value) => Add($"{Jql.Field(field)} = {Jql.Quote(value)}");

    /// <summary>Adds <c>field != "value"</c>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value, quoted and escaped.</param>
    /// <returns>This builder.</returns>
    public JqlBuilder NotEqual(string field, string value) => Add($"{Jql.Field(field)} != {Jql.Quote(value)}");

    /// <summary>Adds <c>field in ("a", "b")</c>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="values">At least one value; each quoted and escaped.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No values were given.</exception>
    public JqlBuilder In(string field, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var quoted = values.Select(Jql.Quote).ToList();
        if (quoted.Count == 0)
        {
            throw new ArgumentException("An IN clause needs at least one value.", nameof(values));
        }

        return Add($"{Jql.Field(field)} in ({string.Join(", ", quoted)})");
    }

    /// <summary>
    /// Adds <c>updated &gt;= "yyyy/MM/dd HH:mm"</c> written in the account's time zone, so the bound is
    /// the given instant (rounded down to the minute) whatever that zone is.
    /// </summary>
    /// <param name="instant">The lower bound.</param>
    /// <param name="accountTimeZoneId">The searching account's IANA zone id (from <c>/myself</c>).</param>
    /// <returns>This builder.</returns>
    public JqlBuilder UpdatedOnOrAfter(DateTimeOffset instant, string accountTimeZoneId) =>
        Add($"updated >= {Jql.DateTimeLiteral(instant, accountTimeZoneId)}");

    /// <summary>Adds <c>updated &gt;= ...</c> in the given account time zone.</summary>
    /// <param name="instant">The lower bound.</param>
    /// <param name="accountTimeZone">The searching account's zone.</param>
    /// <returns>This builder.</returns>
    public JqlBuilder UpdatedOnOrAfter(DateTimeOffset instant, TimeZoneInfo accountTimeZone) =>
        Add($"updated >= {Jql.DateTimeLiteral(instant, accountTimeZone)}");

    /// <summary>Adds a clause written by the caller, in parentheses. Values in it are not escaped.</summary>
    /// <param name="clause">A complete JQL condition.</param>
    /// <returns>This builder.</returns>
    public JqlBuilder Where(string clause)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clause);
        return Add("(" + clause.Trim() + ")");
    }

    /// <summary>Appends an ORDER BY key (Jira allows at most 7).</summary>
    /// <param name="field">The field.</param>
    /// <param name="descending">Sort descending; default ascending.</param>
    /// <returns>This builder.</returns>
    public JqlBuilder OrderBy(string field, bool descending = false)
    {
        _orderBy.Add(Jql.Field(field) + (descending ? " DESC" : " ASC"));
        return this;
    }

    /// <summary>Returns the query text.</summary>
    /// <returns>The JQL.</returns>
    /// <exception cref="InvalidOperationException">No condition was added: Jira refuses unbounded JQL.</exception>
    public string Build()
    {
        if (_clauses.Count == 0)
        {
            throw new InvalidOperationException(
                "A JQL query needs at least one condition; Jira refuses unbounded queries.");
        }

        var query = string.Join(" AND ", _clauses);
        return _orderBy.Count == 0 ? query : query + " ORDER BY " + string.Join(", ", _orderBy);
    }

    /// <inheritdoc />
    public override string ToString() => _clauses.Count == 0 ? string.Empty : Build();

    private JqlBuilder Add(string clause)
    {
        _clauses.Add(clause);
        return this;
    }
}
