namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>A parsed query: an optional condition and the sort order.</summary>
/// <param name="Where">The condition, or <see langword="null"/> when the query only sorts.</param>
/// <param name="OrderBy">The sort terms, possibly empty.</param>
/// <param name="UnknownValues">
/// Messages about values that name nothing on the site (<c>project = NOPE</c>): search refuses them,
/// the parse endpoint reports them as warnings.
/// </param>
internal sealed record JqlQuery(JqlNode? Where, IReadOnlyList<JqlSort> OrderBy, IReadOnlyList<string> UnknownValues)
{
    public bool IsBounded => Where is not null;
}
