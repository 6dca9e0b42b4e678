using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>
/// Turns the spec's schemas into JSON Schema documents on first use and evaluates payloads against them.
/// Component schemas are converted lazily, one per direction, and served to the evaluator by URI.
/// </summary>
internal sealed class SchemaCatalog
{
    private readonly JsonObject components;
    private readonly Uri baseUri;
    private readonly OpenApiSchemaConverter converter;
    private readonly EvaluationOptions options;
    private readonly Dictionary<string, JsonSchema> operationSchemas = new(StringComparer.Ordinal);
    private readonly Dictionary<Uri, JsonSchema> componentSchemas = [];
    private readonly Dictionary<Uri, (string Name, SchemaDirection Direction)> componentNames = [];

    // The evaluator's registry and caches are not documented as thread-safe; evaluations are short.
    private readonly Lock gate = new();

    public SchemaCatalog(JsonObject components)
    {
        this.components = components;
        baseUri = new Uri($"https://openapi-contract.invalid/{Guid.NewGuid():N}/");
        converter = new OpenApiSchemaConverter(ComponentUri);
        options = new EvaluationOptions
        {
            EvaluateAs = SpecVersion.Draft202012,
            OutputFormat = OutputFormat.Hierarchical,
            RequireFormatValidation = false,
        };
        options.SchemaRegistry.Fetch = FetchComponent;

        foreach (var (name, _) in components)
        {
            componentNames[ComponentUri(name, SchemaDirection.Request)] = (name, SchemaDirection.Request);
            componentNames[ComponentUri(name, SchemaDirection.Response)] = (name, SchemaDirection.Response);
        }
    }

    /// <summary>
    /// Validates a parsed body against an OpenAPI schema, converting and caching it under <paramref name="key"/>.
    /// </summary>
    public IReadOnlyList<ContractProblem> Validate(string key, JsonNode? openApiSchema, SchemaDirection direction,
        JsonNode? instance)
    {
        lock (gate)
        {
            if (!operationSchemas.TryGetValue(key, out var schema))
            {
                schema = Build(key, converter.Convert(openApiSchema, direction));
                operationSchemas[key] = schema;
            }

            return Problems(schema.Evaluate(instance, options));
        }
    }

    private JsonSchema Build(string name, JsonNode converted) =>
        JsonSchema.FromText(WithIdentity(converted, new Uri(baseUri, "built/" + Uri.EscapeDataString(name))));

    private Uri ComponentUri(string name, SchemaDirection direction) =>
        new(baseUri, $"{direction.ToString().ToLowerInvariant()}/components/schemas/{Uri.EscapeDataString(name)}");

    private JsonSchema? FetchComponent(Uri uri)
    {
        var key = new Uri(uri.GetLeftPart(UriPartial.Query));
        if (componentSchemas.TryGetValue(key, out var known))
        {
            return known;
        }

        if (!componentNames.TryGetValue(key, out var target))
        {
            return null;
        }

        var converted = converter.Convert(components[target.Name], target.Direction);
        var built = JsonSchema.FromText(WithIdentity(converted, key));
        componentSchemas[key] = built;
        return built;
    }

    private static string WithIdentity(JsonNode converted, Uri id)
    {
        var document = converted as JsonObject ?? new JsonObject { ["allOf"] = new JsonArray(converted) };
        document["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        document["$id"] = id.AbsoluteUri;
        return document.ToJsonString();
    }

    private static List<ContractProblem> Problems(EvaluationResults results)
    {
        var problems = new List<ContractProblem>();
        Collect(results, problems);

        // Every failing node should carry a message; this only guards against a silent "invalid".
        if (problems.Count == 0 && !results.IsValid)
        {
            problems.Add(new ContractProblem(ContractProblemKind.SchemaViolation,
                "The body does not match the schema.", string.Empty));
        }

        return problems;
    }

    // Walks only failed nodes: a passing branch's inner failures (and any "if" test) did not make the body invalid.
    private static void Collect(EvaluationResults node, List<ContractProblem> problems)
    {
        if (node.IsValid || node.EvaluationPath.ToString().EndsWith("/if", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            problems.Add(new ContractProblem(ContractProblemKind.SchemaViolation, message,
                node.InstanceLocation.ToString(), $"{node.EvaluationPath}/{keyword}"));
        }

        foreach (var child in node.Details)
        {
            Collect(child, problems);
        }
    }

    /// <summary>Parses a body, or describes why it is not JSON.</summary>
    public static bool TryParse(string body, out JsonNode? node, out ContractProblem? problem)
    {
        try
        {
            node = JsonNode.Parse(body);
            problem = null;
            return true;
        }
        catch (JsonException exception)
        {
            node = null;
            problem = new ContractProblem(ContractProblemKind.InvalidJson,
                string.Format(CultureInfo.InvariantCulture, "The body is not valid JSON: {0}", exception.Message));
            return false;
        }
    }
}
