namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// One item of a bulk import: a create (with a folder, without an id) or a modify (with an id).
/// </summary>
public sealed class EsmBulkItem
{
    private EsmBulkItem(string? dataCardId, string? folderCode, EsmAttributeSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        DataCardId = dataCardId;
        FolderCode = folderCode;
        Data = data;
    }

    /// <summary>Gets the card to modify; null for a create.</summary>
    public string? DataCardId { get; }

    /// <summary>Gets the folder code; required for a create, optional for a modify (moves the card).</summary>
    public string? FolderCode { get; }

    /// <summary>Gets the attribute values to write.</summary>
    public EsmAttributeSet Data { get; }

    /// <summary>Gets a value indicating whether this item creates a card.</summary>
    public bool IsCreate => DataCardId is null;

    /// <summary>Creates an item that creates a card.</summary>
    /// <param name="folderCode">The folder for the new card.</param>
    /// <param name="data">The attribute values.</param>
    /// <returns>The item.</returns>
    public static EsmBulkItem Create(string folderCode, EsmAttributeSet data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folderCode);
        return new EsmBulkItem(null, folderCode, data);
    }

    /// <summary>Creates an item that modifies a card; only the given attributes change.</summary>
    /// <param name="dataCardId">The card to modify.</param>
    /// <param name="data">The attribute values.</param>
    /// <param name="folderCode">A folder to move the card to, if any.</param>
    /// <returns>The item.</returns>
    public static EsmBulkItem Modify(string dataCardId, EsmAttributeSet data, string? folderCode = null) =>
        new(EsmCodes.RequireDataCardId(dataCardId, nameof(dataCardId)), folderCode, data);
}
