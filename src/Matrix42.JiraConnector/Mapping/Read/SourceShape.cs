namespace Matrix42.JiraConnector.Mapping;

/// <summary>How a Jira value is read, chosen once from the field schema when the mapping is compiled.</summary>
internal enum SourceShape
{
    /// <summary>By JSON kind: strings stay text (dates are never guessed), numbers stay numbers.</summary>
    Auto,

    /// <summary>Text; an ADF document becomes plain text.</summary>
    Text,

    /// <summary>A number; text is parsed because the schema says number.</summary>
    Number,

    /// <summary>A date (<c>yyyy-MM-dd</c>).</summary>
    Date,

    /// <summary>A date-time, converted to UTC.</summary>
    DateTime,

    /// <summary>An option object: its <c>value</c>.</summary>
    Option,

    /// <summary>A cascading option: <c>parent / child</c>.</summary>
    Cascading,

    /// <summary>A user object: its <c>accountId</c>.</summary>
    User,

    /// <summary>An object with a <c>name</c> (status, priority, issue type, resolution, component, version).</summary>
    Named,

    /// <summary>A project: its <c>key</c>.</summary>
    Project,

    /// <summary>A sprint: its <c>name</c>, from an object or a legacy sprint text.</summary>
    Sprint,
}
