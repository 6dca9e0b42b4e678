namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// The fields of one Jira site, looked up by id or by display name. Display names are not unique, so a name
/// lookup returns every candidate and the caller decides.
/// </summary>
public sealed class JiraFieldCatalog
{
    private readonly Dictionary<string, JiraFieldInfo> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JiraFieldInfo>> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds a catalog from the site's field list.</summary>
    /// <param name="fields">The fields, e.g. from <c>GET /rest/api/3/field</c>.</param>
    public JiraFieldCatalog(IEnumerable<JiraFieldInfo> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields)
        {
            _byId[field.Id] = field;
            if (!_byName.TryGetValue(field.Name, out var list))
            {
                _byName[field.Name] = list = [];
            }

            list.Add(field);
        }
    }

    /// <summary>An empty catalog: every field is treated as unknown and system fields use built-in schemas.</summary>
    public static JiraFieldCatalog Empty { get; } = new([]);

    /// <summary>Finds a field by id.</summary>
    /// <param name="id">The field id.</param>
    /// <returns>The field, or <see langword="null"/>.</returns>
    public JiraFieldInfo? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Finds every field with the display name (case-insensitive).</summary>
    /// <param name="name">The display name.</param>
    /// <returns>The candidates; empty when none.</returns>
    public IReadOnlyList<JiraFieldInfo> FindByName(string name) =>
        _byName.TryGetValue(name, out var list) ? list : [];

    /// <summary>Describes candidates for an error message, e.g. <c>customfield_10016 (Story Points, number)</c>.</summary>
    /// <param name="candidates">The candidates.</param>
    /// <returns>A comma-separated list.</returns>
    public static string Describe(IEnumerable<JiraFieldInfo> candidates) =>
        string.Join(", ", candidates.Select(c => $"{c.Id} ({c.Name}, {c.Schema?.Custom ?? c.Schema?.Type ?? "no schema"})"));
}
