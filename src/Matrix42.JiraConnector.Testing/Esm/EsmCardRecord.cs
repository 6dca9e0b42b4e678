namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>The mutable state of one stored data card; only touched under the fake's lock.</summary>
internal sealed class EsmCardRecord(long id, EsmTemplate template, string folderCode)
{
    public long Id { get; } = id;

    public EsmTemplate Template { get; } = template;

    public string FolderCode { get; set; } = folderCode;

    public bool Deleted { get; set; }

    public bool Hidden { get; set; }

    /// <summary>Values per attribute code; an absent or empty list means the attribute is empty.</summary>
    public Dictionary<string, List<FakeEsmValue>> Values { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<FakeEsmValue> ValuesOf(string attributeCode) =>
        Values.TryGetValue(attributeCode, out var values) ? values : [];

    public string Name
    {
        get
        {
            if (Template.NameAttribute is null)
            {
                return string.Empty;
            }

            var values = ValuesOf(Template.NameAttribute);
            var first = values.Count > 0 ? values[0] : null;
            return first?.Value ?? first?.Name ?? first?.DataCardId ?? string.Empty;
        }
    }
}
