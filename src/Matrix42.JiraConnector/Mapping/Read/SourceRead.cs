namespace Matrix42.JiraConnector.Mapping;

/// <summary>How reading one Jira value ended.</summary>
internal enum SourceRead
{
    /// <summary>The value was read.</summary>
    Read,

    /// <summary>The value has a shape the compiled mapping cannot read.</summary>
    WrongShape,

    /// <summary>The value holds a string that cannot be decoded (invalid UTF-8 or a lone surrogate).</summary>
    InvalidText,
}
