using System.Text.Json;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>One Jira object read by the extract, ready for mapping.</summary>
/// <param name="Key">The entity.</param>
/// <param name="Json">The object as Jira returned it.</param>
/// <param name="Updated">For issues, Jira's <c>updated</c> value.</param>
/// <param name="Active">Whether Jira lists the object as active (users); always true otherwise.</param>
internal sealed record SourceItem(EntityKey Key, JsonElement Json, DateTimeOffset? Updated, bool Active);
