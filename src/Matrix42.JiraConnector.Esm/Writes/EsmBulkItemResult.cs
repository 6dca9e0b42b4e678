namespace Matrix42.JiraConnector.Esm;

/// <summary>The result of one bulk import item.</summary>
/// <param name="Index">The item's position in the request.</param>
/// <param name="DataCardId">The card's id, when the service returned one.</param>
/// <param name="AttributeErrors">The errors reported for this item.</param>
public sealed record EsmBulkItemResult(int Index, string? DataCardId, IReadOnlyList<EsmAttributeError> AttributeErrors)
{
    /// <summary>Gets a value indicating whether the item was saved without errors.</summary>
    public bool Succeeded => AttributeErrors.Count == 0 && DataCardId is not null;
}
