using System.Diagnostics.CodeAnalysis;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// An in-memory <see cref="IReferenceResolver"/>: named indexes of key → data card id. Keys compare
/// case-insensitively (e-mail addresses and group names differ in case between systems).
/// </summary>
public sealed class ReferenceKeyIndex : IReferenceResolver
{
    private readonly Dictionary<string, Dictionary<string, string>> _indexes = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces one key.</summary>
    /// <param name="index">The index name, e.g. <c>person-by-account-id</c>.</param>
    /// <param name="key">The key.</param>
    /// <param name="dataCardId">The data card id.</param>
    public void Add(string index, string key, string dataCardId)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(dataCardId);
        if (!_indexes.TryGetValue(index, out var entries))
        {
            _indexes[index] = entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        }

        entries[key] = dataCardId;
    }

    /// <summary>The number of keys in an index.</summary>
    /// <param name="index">The index name.</param>
    /// <returns>The count; 0 for an unknown index.</returns>
    public int Count(string index) => _indexes.TryGetValue(index, out var entries) ? entries.Count : 0;

    /// <inheritdoc />
    public bool TryResolve(string index, string key, [NotNullWhen(true)] out string? dataCardId)
    {
        dataCardId = null;
        return _indexes.TryGetValue(index, out var entries) && entries.TryGetValue(key, out dataCardId);
    }
}
