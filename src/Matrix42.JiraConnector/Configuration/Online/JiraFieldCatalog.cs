using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// The fields of one Jira site, looked up by id or by display name. Display names are not unique, so a name
/// lookup returns every candidate and the caller decides.
/// </summary>
public sealed class JiraFieldCatalog
{
    private readonly Dictionary<string, JiraField> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JiraField>> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds a catalog from the site's field list; fields without an id are ignored.</summary>
    /// <param name="fields">The fields, e.g. from <see cref="IJiraMetadataOperations.GetFieldsAsync"/>.</param>
    public JiraFieldCatalog(IEnumerable<JiraField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields.Where(f => !string.IsNullOrEmpty(f.Id)))
        {
            _byId[field.Id!] = field;
            var name = field.Name ?? field.Id!;
            if (!_byName.TryGetValue(name, out var list))
            {
                _byName[name] = list = [];
            }

            list.Add(field);
        }
    }

    /// <summary>An empty catalog: common system fields use built-in schemas and display names cannot be
    /// resolved.</summary>
    public static JiraFieldCatalog Empty { get; } = new([]);

    /// <summary>Finds a field by id.</summary>
    /// <param name="id">The field id.</param>
    /// <returns>The field, or <see langword="null"/>.</returns>
    public JiraField? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Finds every field with the display name (case-insensitive).</summary>
    /// <param name="name">The display name.</param>
    /// <returns>The candidates; empty when none.</returns>
    public IReadOnlyList<JiraField> FindByName(string name) =>
        _byName.TryGetValue(name, out var list) ? list : [];

    /// <summary>Describes candidates for an error message, e.g. <c>customfield_10016 (Story Points,
    /// number)</c>.</summary>
    /// <param name="candidates">The candidates.</param>
    /// <returns>A comma-separated list.</returns>
    public static string Describe(IEnumerable<JiraField> candidates) =>
        string.Join(", ", candidates.Select(c =>
            $"{c.Id} ({c.Name}, {c.Schema?.Custom ?? c.Schema?.Type ?? "no schema"})"));
}
