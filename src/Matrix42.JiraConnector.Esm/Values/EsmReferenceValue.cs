namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// A reference to another data card. ESM accepts a reference only by the target's
/// <c>dataCardId</c>; the other properties are filled when reading.
/// </summary>
public sealed record EsmReferenceValue : EsmValue
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="dataCardId">The referenced card's id (digits).</param>
    /// <exception cref="ArgumentException">The id is not a card id.</exception>
    public EsmReferenceValue(string dataCardId)
    {
        DataCardId = EsmCodes.RequireDataCardId(dataCardId, nameof(dataCardId));
    }

    /// <summary>Gets the referenced card's id.</summary>
    public string DataCardId { get; }

    /// <summary>Gets the referenced card's name, when read.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the referenced card's template code, when read.</summary>
    public string? TemplateCode { get; init; }

    /// <summary>Gets a value indicating whether the referenced card is in the trash, when read.</summary>
    /// <value><see langword="false"/> unless the service says otherwise.</value>
    public bool Deleted { get; init; }
}
