using System.Text.Json.Serialization;

namespace Matrix42.JiraConnector.Sample.Reporting;

/// <summary>Source-generated JSON for the run report.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    IgnoreReadOnlyProperties = false)]
[JsonSerializable(typeof(RunReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
