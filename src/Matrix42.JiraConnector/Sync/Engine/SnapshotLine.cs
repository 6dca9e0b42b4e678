using System.Text.Json;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>One line of an extract snapshot.</summary>
/// <param name="Key">The entity's match key.</param>
/// <param name="Updated">For issues, Jira's <c>updated</c> value.</param>
/// <param name="Active">Whether the object is active in Jira.</param>
/// <param name="Data">The object as read; <see langword="null"/> for an issue skipped as unchanged.</param>
internal sealed record SnapshotLine(string Key, DateTimeOffset? Updated, bool Active, JsonElement? Data);
