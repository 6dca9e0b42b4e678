namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Builds EQL conditions: <c>Eql.Attr("task_id").Eq("ABC-1").And(Eql.Attr("status").Ne("Deleted"))</c>.
/// </summary>
public static class Eql
{
    /// <summary>Starts a condition on an attribute.</summary>
    /// <param name="attributeCode">The attribute code (letters, digits, '_').</param>
    /// <returns>The attribute, to compare.</returns>
    /// <exception cref="EsmFilterException">The code has other characters or is empty.</exception>
    public static EqlAttributeRef Attr(string attributeCode) => new(attributeCode);

    /// <summary>A condition that holds when all the given conditions hold.</summary>
    /// <param name="filters">The conditions; at least one.</param>
    /// <returns>The combined condition.</returns>
    public static EsmFilter All(params IEnumerable<EsmFilter> filters) => Combine(EqlJunction.AndKeyword, filters);

    /// <summary>A condition that holds when any of the given conditions holds.</summary>
    /// <param name="filters">The conditions; at least one.</param>
    /// <returns>The combined condition.</returns>
    public static EsmFilter Any(params IEnumerable<EsmFilter> filters) => Combine(EqlJunction.OrKeyword, filters);

    private static EsmFilter Combine(string keyword, IEnumerable<EsmFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var parts = new List<EsmFilter>();
        foreach (var filter in filters)
        {
            ArgumentNullException.ThrowIfNull(filter, nameof(filters));

            // Flattening keeps "a AND b AND c" free of redundant parentheses.
            if (filter is EqlJunction junction && junction.Keyword == keyword)
            {
                parts.AddRange(junction.Parts);
            }
            else
            {
                parts.Add(filter);
            }
        }

        return parts.Count switch
        {
            0 => throw new ArgumentException("At least one condition is needed.", nameof(filters)),
            1 => parts[0],
            _ => new EqlJunction(keyword, parts),
        };
    }
}
