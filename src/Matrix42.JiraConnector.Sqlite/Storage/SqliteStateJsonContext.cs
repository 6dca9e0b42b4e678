using System.Text.Json.Serialization;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sqlite.Storage;

/// <summary>Serialization of the records the store keeps whole, as JSON text columns.</summary>
[JsonSerializable(typeof(RunRecord))]
[JsonSerializable(typeof(HeldDeletion))]
[JsonSerializable(typeof(Dictionary<string, string?>))]
internal sealed partial class SqliteStateJsonContext : JsonSerializerContext
{
}
