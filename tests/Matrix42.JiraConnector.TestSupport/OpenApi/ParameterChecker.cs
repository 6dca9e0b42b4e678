using System.Globalization;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>
/// Checks a request's path and query parameters against the operation's parameter list: no undeclared query
/// parameter, every required one present, and each value readable as the declared type or enum.
/// </summary>
/// <remarks>
/// Array values are accepted both repeated (<c>a=1&amp;a=2</c>) and comma-separated (<c>a=1,2</c>): Jira reads
/// both. Header and cookie parameters are not checked.
/// </remarks>
internal static class ParameterChecker
{
    public static void Check(OpenApiOperation operation, RequestPath request, List<ContractProblem> problems)
    {
        var declared = (operation.Node["parameters"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var query = declared.Where(p => In(p, "query")).GroupBy(Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        foreach (var name in request.Query.Select(q => q.Key).Distinct(StringComparer.Ordinal))
        {
            if (!query.ContainsKey(name))
            {
                problems.Add(new ContractProblem(ContractProblemKind.UnknownParameter,
                    $"{operation} declares no query parameter '{name}'.", Parameter: name));
            }
        }

        foreach (var (name, parameter) in query)
        {
            var values = request.Query.Where(q => q.Key == name).Select(q => q.Value).ToList();
            if (values.Count == 0 && parameter["required"]?.GetValue<bool>() == true)
            {
                problems.Add(new ContractProblem(ContractProblemKind.MissingParameter,
                    $"{operation} requires the query parameter '{name}'.", Parameter: name));
            }

            CheckValues(operation, parameter, values, problems);
        }

        var segments = operation.Template.WholeSegmentParameters.ToDictionary(p => p.Name, p => p.Index);
        foreach (var parameter in declared.Where(p => In(p, "path")))
        {
            if (segments.TryGetValue(Name(parameter), out var index))
            {
                CheckValues(operation, parameter, [request.Segments[index]], problems);
            }
        }
    }

    private static void CheckValues(OpenApiOperation operation, JsonObject parameter, List<string> values,
        List<ContractProblem> problems)
    {
        var schema = parameter["schema"] as JsonObject ?? [];
        var isArray = schema["type"]?.GetValue<string>() == "array";
        var itemSchema = isArray ? schema["items"] as JsonObject ?? [] : schema;
        var items = isArray ? values.SelectMany(v => v.Split(',')) : values;

        foreach (var value in items)
        {
            if (!Fits(itemSchema, value))
            {
                problems.Add(new ContractProblem(ContractProblemKind.InvalidParameter,
                    $"{operation}: '{value}' is not a valid {Describe(itemSchema)} for {In(parameter)} parameter "
                    + $"'{Name(parameter)}'.", Parameter: Name(parameter)));
            }
        }
    }

    private static bool Fits(JsonObject schema, string value)
    {
        if (schema["enum"] is JsonArray allowed &&
            !allowed.Any(a => string.Equals(a?.ToString(), value, StringComparison.Ordinal)))
        {
            return false;
        }

        return schema["type"]?.GetValue<string>() switch
        {
            "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "number" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            "boolean" => bool.TryParse(value, out _),
            _ => true,
        };
    }

    private static string Describe(JsonObject schema) =>
        schema["enum"] is JsonArray allowed
            ? $"value (one of {string.Join(", ", allowed.Select(a => a?.ToString()))})"
            : schema["type"]?.GetValue<string>() ?? "value";

    private static string Name(JsonObject parameter) => parameter["name"]?.GetValue<string>() ?? string.Empty;

    private static string In(JsonObject parameter) => parameter["in"]?.GetValue<string>() ?? string.Empty;

    private static bool In(JsonObject parameter, string location) =>
        string.Equals(In(parameter), location, StringComparison.Ordinal);
}
