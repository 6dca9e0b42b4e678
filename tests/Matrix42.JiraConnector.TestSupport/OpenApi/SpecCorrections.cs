using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>Applies <see cref="OpenApiContractOptions"/> to the parsed spec before anything reads it.</summary>
internal static class SpecCorrections
{
    public static void Apply(JsonObject spec, OpenApiContractOptions options)
    {
        var components = spec["components"]?["schemas"] as JsonObject;
        foreach (var entry in options.NullableProperties)
        {
            var dot = entry.IndexOf('.', StringComparison.Ordinal);
            var property = dot > 0 ? components?[entry[..dot]]?["properties"]?[entry[(dot + 1)..]] : null;
            if (property is not JsonObject schema)
            {
                throw new ArgumentException(
                    $"The nullable-property correction '{entry}' names no 'Schema.property' in the spec.",
                    nameof(options));
            }

            schema["nullable"] = true;
        }
    }
}
