namespace Matrix42.JiraConnector.Esm;

/// <summary>A data card as read from ESM.</summary>
public sealed class EsmCard
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="dataCardId">The card's id (numeric, carried as a string as in the API).</param>
    /// <param name="attributes">The attributes by code.</param>
    public EsmCard(string dataCardId, IReadOnlyDictionary<string, EsmAttribute> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        DataCardId = EsmCodes.RequireDataCardId(dataCardId, nameof(dataCardId));
        Attributes = attributes;
    }

    /// <summary>Gets the card's id.</summary>
    public string DataCardId { get; }

    /// <summary>Gets the card's name as ESM composes it.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the template code.</summary>
    public string? TemplateCode { get; init; }

    /// <summary>Gets the template's display name.</summary>
    public string? TemplateName { get; init; }

    /// <summary>Gets the folder code.</summary>
    public string? FolderCode { get; init; }

    /// <summary>Gets the folder's display name.</summary>
    public string? FolderName { get; init; }

    /// <summary>Gets a value indicating whether the card is hidden.</summary>
    public bool Hidden { get; init; }

    /// <summary>Gets a value indicating whether the card is in the trash.</summary>
    public bool Deleted { get; init; }

    /// <summary>Gets the attributes by code. An empty or unreadable attribute has no values.</summary>
    public IReadOnlyDictionary<string, EsmAttribute> Attributes { get; }

    /// <summary>Gets the values of an attribute; empty when the card does not carry it.</summary>
    /// <param name="attributeCode">The attribute code.</param>
    /// <returns>The values, possibly empty.</returns>
    public IReadOnlyList<EsmValue> ValuesOf(string attributeCode) =>
        Attributes.TryGetValue(attributeCode, out var attribute) ? attribute.Values : [];

    /// <summary>Gets the first value of an attribute as the given type, or null.</summary>
    /// <typeparam name="TValue">The expected value type.</typeparam>
    /// <param name="attributeCode">The attribute code.</param>
    /// <returns>The first value when it has that type; otherwise null.</returns>
    public TValue? FirstValueOf<TValue>(string attributeCode)
        where TValue : EsmValue =>
        ValuesOf(attributeCode).Count > 0 ? ValuesOf(attributeCode)[0] as TValue : null;

    /// <summary>Describes the card by id and template (never its attribute values).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"EsmCard {{ DataCardId = {DataCardId}, TemplateCode = {TemplateCode} }}";
}
