namespace Matrix42.JiraConnector.Configuration;

/// <summary>One Jira field: its id, display name and schema.</summary>
/// <param name="Id">The field id, e.g. <c>summary</c> or <c>customfield_10016</c>.</param>
/// <param name="Name">The display name; not unique for custom fields.</param>
/// <param name="IsCustom">Whether it is a custom field.</param>
/// <param name="Schema">The schema; <see langword="null"/> for fields Jira reports without one.</param>
public sealed record JiraFieldInfo(string Id, string Name, bool IsCustom, JiraFieldSchema? Schema);
