namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>A fake template: its attributes, allowed folders and cards (in increasing id order).</summary>
internal sealed class EsmTemplate(
    string code,
    string name,
    long templateId,
    IReadOnlyDictionary<string, string> folders,
    IReadOnlyList<EsmAttribute> attributes,
    string? nameAttribute)
{
    private readonly Dictionary<string, EsmAttribute> _byCode =
        attributes.ToDictionary(a => a.Code, StringComparer.Ordinal);

    public string Code { get; } = code;

    public string Name { get; } = name;

    public long TemplateId { get; } = templateId;

    /// <summary>Allowed folders: code → display name, in definition order.</summary>
    public IReadOnlyDictionary<string, string> Folders { get; } = folders;

    public IReadOnlyList<EsmAttribute> Attributes { get; } = attributes;

    /// <summary>The attribute whose first value is the card's name.</summary>
    public string? NameAttribute { get; } = nameAttribute;

    /// <summary>The cards of this template in increasing id order (ids only grow, so appending keeps it).</summary>
    public List<EsmCardRecord> Cards { get; } = [];

    public EsmAttribute? Find(string attributeCode) => _byCode.GetValueOrDefault(attributeCode);
}
