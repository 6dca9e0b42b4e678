using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>Indexes the spec's path templates and finds the most specific one for a request path.</summary>
internal sealed class OperationRouter
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private readonly Dictionary<int, List<(PathTemplate Template, Dictionary<string, OpenApiOperation> Operations)>>
        bySegmentCount = [];

    public OperationRouter(JsonObject paths)
    {
        var operations = new List<OpenApiOperation>();
        foreach (var (text, item) in paths)
        {
            if (item is not JsonObject pathItem)
            {
                continue;
            }

            var template = new PathTemplate(text);
            var byMethod = new Dictionary<string, OpenApiOperation>(StringComparer.Ordinal);
            foreach (var method in Methods)
            {
                if (pathItem[method] is JsonObject node)
                {
                    var operation = new OpenApiOperation(method.ToUpperInvariant(), template,
                        node["operationId"]?.GetValue<string>(), node["deprecated"]?.GetValue<bool>() == true, node);
                    byMethod[operation.Method] = operation;
                    operations.Add(operation);
                }
            }

            if (!bySegmentCount.TryGetValue(template.SegmentCount, out var bucket))
            {
                bySegmentCount[template.SegmentCount] = bucket = [];
            }

            bucket.Add((template, byMethod));
        }

        Operations = operations;
    }

    public IReadOnlyList<OpenApiOperation> Operations { get; }

    /// <summary>
    /// Picks the most specific templates for the path, then the method among them. Like a server's router, a
    /// literal template that lacks the method does not fall back to a parameter template; templates that differ
    /// only in parameter names (<c>/x/{id}</c> and <c>/x/{schemeId}</c>) count as one.
    /// </summary>
    /// <param name="method">The upper-case method.</param>
    /// <param name="path">The parsed request path.</param>
    /// <param name="problem">Why nothing was found, when nothing was.</param>
    public OpenApiOperation? Find(string method, RequestPath path, out ContractProblem? problem)
    {
        var best = new List<(PathTemplate Template, Dictionary<string, OpenApiOperation> Operations)>();
        foreach (var candidate in bySegmentCount.GetValueOrDefault(path.Segments.Count) ?? [])
        {
            if (!candidate.Template.Matches(path.Segments))
            {
                continue;
            }

            var comparison = best.Count == 0 ? 1 : candidate.Template.CompareSpecificity(best[0].Template);
            if (comparison > 0)
            {
                best.Clear();
            }

            if (comparison >= 0)
            {
                best.Add(candidate);
            }
        }

        if (best.Count == 0)
        {
            problem = new ContractProblem(ContractProblemKind.NoMatchingOperation,
                $"No path template of the spec matches '{path.Path}'.");
            return null;
        }

        foreach (var (_, operations) in best)
        {
            if (operations.TryGetValue(method, out var operation))
            {
                problem = null;
                return operation;
            }
        }

        var defined = string.Join(", ", best.SelectMany(b => b.Operations.Keys).Distinct());
        problem = new ContractProblem(ContractProblemKind.MethodNotDefined,
            $"'{best[0].Template.Text}' defines {defined}, not {method}.");
        return null;
    }
}
