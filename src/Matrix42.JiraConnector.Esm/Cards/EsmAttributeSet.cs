using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Attribute values to write, by attribute code. An attribute given with no values is sent with an
/// empty list, which asks ESM to empty it; attributes not given are not sent.
/// </summary>
[SuppressMessage("Naming", "CA1710", Justification = "A set of values to write; the name says what it is for.")]
public sealed class EsmAttributeSet : IReadOnlyDictionary<string, IReadOnlyList<EsmValue>>
{
    private readonly Dictionary<string, IReadOnlyList<EsmValue>> _values = new(StringComparer.Ordinal);

    /// <summary>Gets the number of attributes.</summary>
    public int Count => _values.Count;

    /// <summary>Gets the attribute codes.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>Gets the value lists.</summary>
    public IEnumerable<IReadOnlyList<EsmValue>> Values => _values.Values;

    /// <summary>Gets the values of an attribute.</summary>
    /// <param name="key">The attribute code.</param>
    public IReadOnlyList<EsmValue> this[string key] => _values[key];

    /// <summary>Sets (replaces) the values of an attribute.</summary>
    /// <param name="attributeCode">The attribute code (letters, digits, '_').</param>
    /// <param name="values">The values; none to empty the attribute.</param>
    /// <returns>This set, for chaining.</returns>
    /// <exception cref="ArgumentException">The code is not valid or a value is null.</exception>
    public EsmAttributeSet Set(string attributeCode, params IEnumerable<EsmValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        EsmCodes.RequireAttributeCode(attributeCode, nameof(attributeCode));
        var list = values.ToArray();
        if (Array.Exists(list, v => v is null))
        {
            throw new ArgumentException($"The values of attribute '{attributeCode}' contain null.", nameof(values));
        }

        _values[attributeCode] = list;
        return this;
    }

    /// <summary>Adds one value to an attribute (for collection initializers and multi-value attributes).</summary>
    /// <param name="attributeCode">The attribute code.</param>
    /// <param name="value">The value.</param>
    public void Add(string attributeCode, EsmValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var current = _values.TryGetValue(attributeCode, out var existing) ? existing : [];
        Set(attributeCode, [.. current, value]);
    }

    /// <summary>Determines whether the set holds an attribute.</summary>
    /// <param name="key">The attribute code.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <summary>Gets the values of an attribute when present.</summary>
    /// <param name="key">The attribute code.</param>
    /// <param name="value">The values.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool TryGetValue(string key, out IReadOnlyList<EsmValue> value) =>
        _values.TryGetValue(key, out value!);

    /// <summary>Enumerates the attributes.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<string, IReadOnlyList<EsmValue>>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
