namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// The result of a create, modify or upsert. ESM may accept a write yet refuse some attributes; then
/// <see cref="IsPartialFailure"/> is set and <see cref="AttributeErrors"/> says which.
/// </summary>
public sealed class EsmWriteResult
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="dataCardId">The written card's id.</param>
    /// <param name="created">Whether the card was created (rather than modified).</param>
    /// <param name="attributeErrors">The per-attribute errors the service reported.</param>
    public EsmWriteResult(string dataCardId, bool created, IReadOnlyList<EsmAttributeError> attributeErrors)
    {
        ArgumentNullException.ThrowIfNull(attributeErrors);
        DataCardId = dataCardId;
        Created = created;
        AttributeErrors = attributeErrors;
    }

    /// <summary>Gets the written card's id.</summary>
    public string DataCardId { get; }

    /// <summary>Gets a value indicating whether the card was created rather than modified.</summary>
    public bool Created { get; }

    /// <summary>Gets a value indicating whether an upsert found the card it had created after the
    /// create's answer was lost (so the create was not sent again).</summary>
    /// <value><see langword="false"/> unless such a reconciliation happened.</value>
    public bool Reconciled { get; init; }

    /// <summary>Gets the per-attribute errors; empty on full success.</summary>
    public IReadOnlyList<EsmAttributeError> AttributeErrors { get; }

    /// <summary>Gets a value indicating whether the write was accepted with attribute errors, so some
    /// values were not stored.</summary>
    public bool IsPartialFailure => AttributeErrors.Count > 0;

    /// <summary>Describes the result.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"EsmWriteResult {{ DataCardId = {DataCardId}, Created = {Created}, Errors = {AttributeErrors.Count} }}";
}
