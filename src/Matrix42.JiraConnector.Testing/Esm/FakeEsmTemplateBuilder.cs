namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>
/// Describes a template for <see cref="FakeEsm.DefineTemplate"/>: its allowed folders and typed
/// attributes. Every method returns the builder, for chaining. Attribute display names default to
/// the code; attributes are single-valued unless <c>multiValue</c> is set.
/// </summary>
public sealed class FakeEsmTemplateBuilder
{
    private readonly Dictionary<string, string> _folders = new(StringComparer.Ordinal);
    private readonly List<EsmAttribute> _attributes = [];
    private string? _nameAttribute;

    internal FakeEsmTemplateBuilder()
    {
    }

    /// <summary>Allows cards of the template in a folder.</summary>
    /// <param name="code">The folder code, e.g. <c>sr_folder</c>.</param>
    /// <param name="name">The folder display name; default the code.</param>
    public FakeEsmTemplateBuilder Folder(string code, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        _folders[code] = name ?? code;
        return this;
    }

    /// <summary>Adds a text (string) attribute.</summary>
    public FakeEsmTemplateBuilder Text(string code, string? name = null, bool multiValue = false) =>
        Add(code, name, EsmAttributeKind.Text, multiValue);

    /// <summary>Adds a number attribute (integers and decimals).</summary>
    public FakeEsmTemplateBuilder Number(string code, string? name = null, bool multiValue = false) =>
        Add(code, name, EsmAttributeKind.Number, multiValue);

    /// <summary>Adds a date attribute; values look like <c>2024-05-31</c>.</summary>
    public FakeEsmTemplateBuilder Date(string code, string? name = null, bool multiValue = false) =>
        Add(code, name, EsmAttributeKind.Date, multiValue);

    /// <summary>Adds a date-time attribute; values are stored and returned in UTC with <c>Z</c>.</summary>
    public FakeEsmTemplateBuilder DateTime(string code, string? name = null, bool multiValue = false) =>
        Add(code, name, EsmAttributeKind.DateTime, multiValue);

    /// <summary>Adds a static-value (enumeration) attribute with its allowed values.</summary>
    public FakeEsmTemplateBuilder StaticValue(
        string code,
        IReadOnlyList<FakeEsmStaticValue> values,
        string? name = null,
        bool multiValue = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Add(code, name, EsmAttributeKind.StaticValue, multiValue, values);
    }

    /// <summary>Adds a reference attribute pointing to cards of the given templates.</summary>
    /// <param name="code">The attribute code.</param>
    /// <param name="targetTemplates">The template codes a value may point to; empty allows any template.</param>
    /// <param name="name">The display name; default the code.</param>
    /// <param name="multiValue">Whether the attribute holds several references.</param>
    public FakeEsmTemplateBuilder Reference(
        string code,
        IReadOnlyList<string> targetTemplates,
        string? name = null,
        bool multiValue = false)
    {
        ArgumentNullException.ThrowIfNull(targetTemplates);
        return Add(code, name, EsmAttributeKind.Reference, multiValue, targets: targetTemplates);
    }

    /// <summary>Adds an external-reference attribute (links, or files when <paramref name="file"/> is set).</summary>
    public FakeEsmTemplateBuilder ExternalReference(
        string code,
        string? name = null,
        bool multiValue = false,
        bool file = false) =>
        Add(code, name, EsmAttributeKind.ExternalReference, multiValue, file: file);

    /// <summary>Adds a worklog (comment log) attribute; it always holds many entries, newest first.</summary>
    public FakeEsmTemplateBuilder Worklog(string code, string? name = null) =>
        Add(code, name, EsmAttributeKind.Worklog, multiValue: true);

    /// <summary>
    /// Names the attribute whose first value becomes the card's <c>name</c> (shown in lists and
    /// references, and compared by EQL reference conditions). Default: the first text attribute.
    /// </summary>
    public FakeEsmTemplateBuilder NameFrom(string attributeCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(attributeCode);
        _nameAttribute = attributeCode;
        return this;
    }

    internal EsmTemplate Build(string code, string name, long templateId)
    {
        if (_folders.Count == 0)
        {
            throw new InvalidOperationException($"Template '{code}' needs at least one folder.");
        }

        var nameAttribute = _nameAttribute ?? _attributes.FirstOrDefault(a => a.Kind == EsmAttributeKind.Text)?.Code;
        if (nameAttribute is not null && _attributes.TrueForAll(a => a.Code != nameAttribute))
        {
            throw new InvalidOperationException(
                $"Template '{code}' names its cards from unknown attribute '{nameAttribute}'.");
        }

        var folders = new Dictionary<string, string>(_folders, StringComparer.Ordinal);
        return new EsmTemplate(code, name, templateId, folders, [.. _attributes], nameAttribute);
    }

    private FakeEsmTemplateBuilder Add(
        string code,
        string? name,
        EsmAttributeKind kind,
        bool multiValue,
        IReadOnlyList<FakeEsmStaticValue>? values = null,
        IReadOnlyList<string>? targets = null,
        bool file = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (!EsmCodes.IsValid(code))
        {
            var message = $"Attribute code '{code}' may contain only letters, digits and '_'.";
            throw new ArgumentException(message, nameof(code));
        }

        if (_attributes.Exists(a => a.Code == code))
        {
            throw new ArgumentException($"Attribute '{code}' is defined twice.", nameof(code));
        }

        _attributes.Add(
            new EsmAttribute(code, name ?? code, kind, multiValue, [.. values ?? []], [.. targets ?? []], file));
        return this;
    }
}
