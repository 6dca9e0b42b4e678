using System.Text.Json.Serialization;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>Source-generated JSON metadata for the configuration document (camelCase, enums as names).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ConnectorConfigurationDocument))]
internal sealed partial class ConfigurationJsonContext : JsonSerializerContext;
