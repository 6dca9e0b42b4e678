namespace Matrix42.JiraConnector.Esm;

/// <summary>An external reference: a link or a stored file.</summary>
public sealed record EsmExternalReferenceValue : EsmValue
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="name">The shown name.</param>
    /// <param name="location">The location (a URL, or the file location ESM assigned).</param>
    public EsmExternalReferenceValue(string name, string location)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(location);
        Name = name;
        Location = location;
    }

    /// <summary>Gets the shown name.</summary>
    public string Name { get; }

    /// <summary>Gets the location.</summary>
    public string Location { get; }

    /// <summary>Gets the download address of a file, when read; never sent.</summary>
    public string? Download { get; init; }
}
