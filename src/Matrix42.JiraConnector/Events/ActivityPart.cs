namespace Matrix42.JiraConnector.Events;

/// <summary>The result of one part of an activity, such as one group of a membership change or one comment.</summary>
/// <param name="Name">What the part was about, e.g. a group id, a field id or <c>comment</c>.</param>
/// <param name="Status">How the part ended.</param>
/// <param name="Message">Details: what was done, or why it failed.</param>
public sealed record ActivityPart(string Name, ActivityStatus Status, string Message);
