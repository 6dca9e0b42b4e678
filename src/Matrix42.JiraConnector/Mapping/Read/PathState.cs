namespace Matrix42.JiraConnector.Mapping;

/// <summary>What evaluating a path found.</summary>
internal enum PathState
{
    /// <summary>A property on the path is absent: Jira did not return it, so the attribute stays untouched.</summary>
    NotLoaded,

    /// <summary>The path ended in JSON null or an empty array: the attribute is emptied.</summary>
    Empty,

    /// <summary>One or more values were found.</summary>
    Found,

    /// <summary>A value had a shape the path cannot step through (e.g. a property of a number).</summary>
    Mismatch,
}
