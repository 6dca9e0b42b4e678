namespace Matrix42.JiraConnector.Mapping;

/// <summary>Why one value could not be mapped.</summary>
public enum MappingProblemKind
{
    /// <summary>No ESM card was found for the reference key in the caller's key index.</summary>
    UnresolvedReference,

    /// <summary>The value table has no entry for the value and no default.</summary>
    UnmappedValue,

    /// <summary>The value cannot be converted to the target type (e.g. text into a number attribute).</summary>
    ConversionFailed,

    /// <summary>The Jira value has a shape the path or schema does not expect.</summary>
    UnexpectedShape,

    /// <summary>A single-value target received several values; the first was used.</summary>
    TooManyValues,

    /// <summary>
    /// The Jira value holds a string that cannot be decoded: invalid UTF-8 (or a lone surrogate escape) in a document
    /// the caller parsed, which <see cref="System.Text.Json.JsonDocument"/> does not check.
    /// </summary>
    InvalidText,
}
