namespace Matrix42.JiraConnector.Mapping;

/// <summary>The result of mapping one Jira entity: its key, the attribute values, and any problems.</summary>
public sealed class MappedCard
{
    private readonly MappedAttributeValues[] _attributes;

    /// <summary>Creates a mapped card.</summary>
    /// <param name="key">The match key value, or <see langword="null"/> when Jira did not return it.</param>
    /// <param name="attributes">The mapped attributes (the array is kept, not copied).</param>
    /// <param name="problems">The problems met while mapping.</param>
    public MappedCard(string? key, MappedAttributeValues[] attributes, IReadOnlyList<MappingProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(problems);
        Key = key;
        _attributes = attributes;
        Problems = problems;
    }

    /// <summary>The match key value (e.g. the issue key or account id).</summary>
    public string? Key { get; }

    /// <summary>The attributes to write; attributes whose Jira source was not loaded are absent.</summary>
    public IReadOnlyList<MappedAttributeValues> Attributes => _attributes;

    /// <summary>Values that could not be mapped (unresolved references, unknown values, bad shapes).</summary>
    public IReadOnlyList<MappingProblem> Problems { get; }

    /// <summary>Finds an attribute by code (ordinal, case-insensitive).</summary>
    /// <param name="attribute">The attribute code.</param>
    /// <param name="mapped">The attribute when present.</param>
    /// <returns>Whether the card has the attribute.</returns>
    public bool TryGetAttribute(string attribute, out MappedAttributeValues mapped)
    {
        foreach (var candidate in _attributes)
        {
            if (string.Equals(candidate.Attribute, attribute, StringComparison.OrdinalIgnoreCase))
            {
                mapped = candidate;
                return true;
            }
        }

        mapped = default;
        return false;
    }

    /// <summary>
    /// A stable SHA-256 hash (64 lowercase hex digits) of the attributes and values, independent of attribute
    /// order and of value order within an attribute, for change detection between runs.
    /// </summary>
    /// <returns>The hash.</returns>
    public string ComputeContentHash() => ContentHasher.Hash(_attributes);
}
