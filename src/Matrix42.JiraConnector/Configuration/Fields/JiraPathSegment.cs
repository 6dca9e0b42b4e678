namespace Matrix42.JiraConnector.Configuration;

/// <summary>One step of a <see cref="JiraFieldPath"/>.</summary>
/// <param name="Kind">Property access or array projection.</param>
/// <param name="Name">The property name; empty for <see cref="JiraPathSegmentKind.EachElement"/>.</param>
/// <param name="IsQuoted">Whether the name was written in brackets (<c>["Story Points"]</c>), marking a display
/// name.</param>
public readonly record struct JiraPathSegment(JiraPathSegmentKind Kind, string Name, bool IsQuoted);
