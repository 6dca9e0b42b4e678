using System.Text.Json.Serialization;
using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>Source-generated JSON for what the sync hands to the mapping and writes to snapshots.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JiraIssue))]
[JsonSerializable(typeof(JiraUser))]
[JsonSerializable(typeof(JiraGroup))]
[JsonSerializable(typeof(SnapshotLine))]
internal sealed partial class SyncJsonContext : JsonSerializerContext;
