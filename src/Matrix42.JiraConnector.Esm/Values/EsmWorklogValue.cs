namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// One worklog (comment log) entry. Writing sends only the text; ESM sets the author and time.
/// Add entries with <see cref="IEsmClient.AddAttributeValuesAsync"/>.
/// </summary>
public sealed record EsmWorklogValue : EsmValue
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The comment text.</param>
    public EsmWorklogValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>Gets the comment text.</summary>
    public string Value { get; }

    /// <summary>Gets the author's display name, when read.</summary>
    public string? Author { get; init; }

    /// <summary>Gets when the entry was written (UTC), when read.</summary>
    public DateTimeOffset? WrittenAt { get; init; }
}
