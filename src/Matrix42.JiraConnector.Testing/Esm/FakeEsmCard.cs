namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>A snapshot of one data card held by <see cref="FakeEsm"/>, for assertions in tests.</summary>
public sealed class FakeEsmCard
{
    internal FakeEsmCard(EsmCardRecord card)
    {
        Id = card.Id;
        TemplateCode = card.Template.Code;
        FolderCode = card.FolderCode;
        Name = card.Name;
        Deleted = card.Deleted;
        Hidden = card.Hidden;
        Values = card.Values
            .Where(pair => pair.Value.Count > 0)
            .ToDictionary(
                pair => pair.Key,
                pair => (IReadOnlyList<FakeEsmValue>)[.. pair.Value],
                StringComparer.Ordinal);
    }

    /// <summary>The card's numeric id.</summary>
    public long Id { get; }

    /// <summary>The id as the API writes it: a decimal string.</summary>
    public string DataCardId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The template code.</summary>
    public string TemplateCode { get; }

    /// <summary>The folder code.</summary>
    public string FolderCode { get; }

    /// <summary>The card's name (the first value of the template's name attribute; empty when it has none).</summary>
    public string Name { get; }

    /// <summary>Whether the card is in the trash.</summary>
    public bool Deleted { get; }

    /// <summary>Whether the card is hidden.</summary>
    public bool Hidden { get; }

    /// <summary>The non-empty attributes and their values; worklog entries newest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FakeEsmValue>> Values { get; }

    /// <summary>
    /// The first value of an attribute as text: the value, else the referenced id, else the external
    /// reference's location; <see langword="null"/> when the attribute is empty.
    /// </summary>
    public string? ValueOf(string attributeCode)
    {
        var first = Values.TryGetValue(attributeCode, out var values) ? values[0] : null;
        return first?.Value ?? first?.DataCardId ?? first?.Location;
    }

    /// <summary>The values of an attribute; empty when it has none.</summary>
    public IReadOnlyList<FakeEsmValue> ValuesOf(string attributeCode) =>
        Values.TryGetValue(attributeCode, out var values) ? values : [];
}
