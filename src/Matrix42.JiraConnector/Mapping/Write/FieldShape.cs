namespace Matrix42.JiraConnector.Mapping;

/// <summary>The JSON shape a Jira field takes on writes, chosen from its schema at compile time.</summary>
internal enum FieldShape
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A single-line string (summary, text field): no line breaks, at most 255 characters.</summary>
    SingleLine,

    /// <summary>An ADF document (description, environment, multi-line text fields).</summary>
    RichText,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>A date <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A date-time <c>yyyy-MM-ddTHH:mm:ss.fff+0000</c>.</summary>
    DateTime,

    /// <summary><c>{"id"}</c> or <c>{"value"}</c>.</summary>
    Option,

    /// <summary><c>{"id", "child": {"id"}}</c> or the same with values.</summary>
    Cascading,

    /// <summary>An array of options.</summary>
    OptionArray,

    /// <summary>An array of strings (labels).</summary>
    StringArray,

    /// <summary><c>{"accountId"}</c>.</summary>
    User,

    /// <summary>An array of users.</summary>
    UserArray,

    /// <summary><c>{"id"}</c> or <c>{"name"}</c> (priority, issue type, resolution).</summary>
    Named,

    /// <summary>An array of named objects (components, versions).</summary>
    NamedArray,

    /// <summary><c>{"id"}</c> or <c>{"key"}</c> (project, parent).</summary>
    Keyed,

    /// <summary>A sprint id as a JSON number.</summary>
    Sprint,
}
