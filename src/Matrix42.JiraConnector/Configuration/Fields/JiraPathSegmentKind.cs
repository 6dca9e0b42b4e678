namespace Matrix42.JiraConnector.Configuration;

/// <summary>The kind of one step of a <see cref="JiraFieldPath"/>.</summary>
public enum JiraPathSegmentKind
{
    /// <summary>Reads a named property of an object.</summary>
    Property,

    /// <summary>Steps into every element of an array (<c>[]</c>).</summary>
    EachElement,
}
