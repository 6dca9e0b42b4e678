namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// The values mapped into one ESM attribute. No values means "set empty"; an attribute whose source Jira did not
/// return is not in the card at all, so it is never overwritten.
/// </summary>
public readonly struct MappedAttributeValues
{
    private readonly AttributeValue _first;
    private readonly AttributeValue[]? _all;

    /// <summary>Creates an attribute with no values (it will be cleared).</summary>
    /// <param name="attribute">The attribute code.</param>
    public MappedAttributeValues(string attribute)
    {
        Attribute = attribute;
    }

    /// <summary>Creates an attribute with one value.</summary>
    /// <param name="attribute">The attribute code.</param>
    /// <param name="value">The value.</param>
    public MappedAttributeValues(string attribute, AttributeValue value)
    {
        Attribute = attribute;
        _first = value;
        Count = 1;
    }

    /// <summary>Creates an attribute with any number of values.</summary>
    /// <param name="attribute">The attribute code.</param>
    /// <param name="values">The values; the array is kept, not copied.</param>
    public MappedAttributeValues(string attribute, AttributeValue[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Attribute = attribute;
        Count = values.Length;
        if (values.Length == 1)
        {
            _first = values[0];
        }
        else if (values.Length > 1)
        {
            _all = values;
        }
    }

    /// <summary>The ESM attribute code.</summary>
    public string Attribute { get; }

    /// <summary>The number of values.</summary>
    public int Count { get; }

    /// <summary>Whether the attribute is to be emptied.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>A value by position.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The value.</returns>
    public AttributeValue this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _all is null ? _first : _all[index];
        }
    }

    /// <summary>Copies the values into a new array.</summary>
    /// <returns>The values.</returns>
    public AttributeValue[] ToArray() => Count switch
    {
        0 => [],
        1 => [_first],
        _ => (AttributeValue[])_all!.Clone(),
    };

    /// <summary>Formats the attribute as <c>code=[v1, v2]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Attribute}=[{string.Join(", ", ToArray())}]";
}
