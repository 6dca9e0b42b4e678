namespace Matrix42.JiraConnector.Esm;

/// <summary>A text value (attribute type <c>string</c>, also long text).</summary>
public sealed record EsmTextValue : EsmValue
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The text; not null.</param>
    public EsmTextValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>Gets the text.</summary>
    public string Value { get; }
}
