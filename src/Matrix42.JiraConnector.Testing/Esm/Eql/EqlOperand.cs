using System.Globalization;

namespace Matrix42.JiraConnector.Testing.Esm.Eql;

/// <summary>The left side of a condition: how to read a card's values for it, and as what.</summary>
internal sealed record EqlOperand(
    string Description,
    EqlValueKind Kind,
    Func<EsmCardRecord, IEnumerable<object>> Values)
{
    public static EqlOperand ForProperty(EqlToken word)
    {
        // The entity properties that EQL examples use; anything else is refused rather than guessed.
        return word.Text.ToUpperInvariant() switch
        {
            "ENTITY.ID" => new(word.Text, EqlValueKind.Number, c => [(decimal)c.Id]),
            "ENTITY.DELETED" => new(word.Text, EqlValueKind.Flag, c => [c.Deleted]),
            "ENTITY.HIDDEN" => new(word.Text, EqlValueKind.Flag, c => [c.Hidden]),
            "ENTITY.FOLDER.CODE" => new(word.Text, EqlValueKind.Text, c => [c.FolderCode]),
            "ENTITY.FOLDER.NAME" => new(
                word.Text,
                EqlValueKind.Text,
                c => [c.Template.Folders.GetValueOrDefault(c.FolderCode, c.FolderCode)]),
            "TEMPLATE.CODE" => new(word.Text, EqlValueKind.Text, c => [c.Template.Code]),
            _ => throw new EqlException($"'{word.Text}' at position {word.Position} is not a supported property."),
        };
    }

    public static EqlOperand ForAttribute(EqlToken token, EsmTemplate template, EsmStore store)
    {
        var attribute = template.Find(token.Text)
                        ?? throw new EqlException($"Template '{template.Code}' has no attribute '{token.Text}'.");
        var code = attribute.Code;
        var description = $"${code}$";
        return attribute.Kind switch
        {
            EsmAttributeKind.Text or EsmAttributeKind.StaticValue =>
                new(description, EqlValueKind.Text, c => c.ValuesOf(code).Select(v => (object)v.Value!)),
            EsmAttributeKind.Number => new(
                description,
                EqlValueKind.Number,
                c => c.ValuesOf(code).Select(v => (object)decimal.Parse(v.Value!, CultureInfo.InvariantCulture))),
            EsmAttributeKind.Date or EsmAttributeKind.DateTime => new(
                description,
                EqlValueKind.Instant,
                c => c.ValuesOf(code).Select(v => (object)EqlLiteral.StoredInstant(v.Value!))),

            // One public client compares a reference with the referenced card's name.
            EsmAttributeKind.Reference => new(
                description,
                EqlValueKind.Text,
                c => c.ValuesOf(code).Select(v => (object)NameOf(store, v))),
            _ => new(description, EqlValueKind.PresenceOnly, c => c.ValuesOf(code)),
        };
    }

    private static string NameOf(EsmStore store, FakeEsmValue reference) =>
        store.FindCard(long.Parse(reference.DataCardId!, CultureInfo.InvariantCulture))?.Name ?? string.Empty;
}
