using System.Globalization;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <content>Request and response checks.</content>
public sealed partial class OpenApiContract
{
    /// <summary>
    /// Checks a request the client would send: the operation exists and is not deprecated, path and query
    /// parameters are declared and well-typed, a required body is present, and a JSON body validates against the
    /// operation's <c>application/json</c> request schema.
    /// </summary>
    /// <param name="method">The HTTP method, any case.</param>
    /// <param name="path">An absolute URI or a path, with its query string.</param>
    /// <param name="jsonBody">The body text, or <see langword="null"/> (or blank) when there is none.</param>
    /// <returns>The matched operation and every problem found.</returns>
    public ContractValidationResult ValidateRequest(string method, string path, string? jsonBody)
    {
        var (verb, request, operation, problems) = Route(method, path);
        if (operation is null)
        {
            return new ContractValidationResult(verb, request.Path, null, problems);
        }

        if (operation.Deprecated)
        {
            problems.Add(new ContractProblem(ContractProblemKind.DeprecatedOperation,
                $"{operation} is deprecated; Jira removes deprecated operations."));
        }

        ParameterChecker.Check(operation, request, problems);

        var bodyIsJson = false;
        var requestBody = operation.Node["requestBody"] as JsonObject;
        if (string.IsNullOrWhiteSpace(jsonBody))
        {
            if (requestBody?["required"]?.GetValue<bool>() == true)
            {
                problems.Add(new ContractProblem(ContractProblemKind.MissingBody, $"{operation} requires a body."));
            }
        }
        else if (requestBody is null)
        {
            problems.Add(new ContractProblem(ContractProblemKind.UnexpectedBody, $"{operation} takes no body."));
        }
        else
        {
            bodyIsJson = CheckBody(operation, requestBody, $"{operation.Method} {operation.PathTemplate} request",
                SchemaDirection.Request, jsonBody, problems);
        }

        return new ContractValidationResult(verb, request.Path, operation, problems) { BodyIsJson = bodyIsJson };
    }

    /// <summary>
    /// Checks a response a server would send: the status is documented for the operation (exactly, as
    /// <c>2XX</c>-style range or as <c>default</c>) and a JSON body validates against that response's schema.
    /// A deprecated operation is not a problem here: a fake may still answer it.
    /// </summary>
    /// <param name="method">The HTTP method of the request, any case.</param>
    /// <param name="path">The request's absolute URI or path; the query string is ignored.</param>
    /// <param name="status">The response status code.</param>
    /// <param name="jsonBody">The body text, or <see langword="null"/> (or blank) when there is none.</param>
    /// <returns>The matched operation and every problem found.</returns>
    public ContractValidationResult ValidateResponse(string method, string path, int status, string? jsonBody)
    {
        var (verb, request, operation, problems) = Route(method, path);
        if (operation is null)
        {
            return new ContractValidationResult(verb, request.Path, null, problems);
        }

        var (statusKey, response) = FindResponse(operation, status);
        var bodyIsJson = false;
        if (response is null)
        {
            problems.Add(new ContractProblem(ContractProblemKind.UndocumentedStatus,
                $"{operation} documents no response {status} and no default."));
        }
        else if (!string.IsNullOrWhiteSpace(jsonBody))
        {
            if (status == 204)
            {
                problems.Add(new ContractProblem(ContractProblemKind.UnexpectedBody, "A 204 response has no body."));
            }
            else if (response["content"] is JsonObject)
            {
                // A response the spec describes without content leaves the body unspecified, so it is not judged.
                bodyIsJson = CheckBody(operation, response,
                    $"{operation.Method} {operation.PathTemplate} response {statusKey}", SchemaDirection.Response,
                    jsonBody, problems);
            }
        }

        return new ContractValidationResult(verb, request.Path, operation, problems) { BodyIsJson = bodyIsJson };
    }

    /// <summary>Checks a recorded request; see <see cref="ValidateRequest(string, string, string?)"/>.</summary>
    /// <param name="request">A request captured by <see cref="RecordingHandler"/>.</param>
    /// <returns>The matched operation and every problem found.</returns>
    public ContractValidationResult ValidateRequest(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = ValidateRequest(request.Method.Method, request.Uri.ToString(), request.Body);
        return CheckMediaType(result, request.Body, request.ContentType);
    }

    private (string Method, RequestPath Path, OpenApiOperation? Operation, List<ContractProblem> Problems) Route(
        string method, string path)
    {
        var verb = RequestPath.Normalize(method);
        var request = RequestPath.Parse(path);
        var operation = router.Find(verb, request, out var problem);
        var problems = problem is null ? new List<ContractProblem>() : [problem];
        return (verb, request, operation, problems);
    }

    private static (string? Key, JsonObject? Response) FindResponse(OpenApiOperation operation, int status)
    {
        if (operation.Node["responses"] is not JsonObject responses)
        {
            return (null, null);
        }

        var exact = status.ToString(CultureInfo.InvariantCulture);
        var range = $"{status / 100}XX";
        foreach (var key in new[] { exact, range, range.ToLowerInvariant(), "default" })
        {
            if (responses[key] is JsonObject response)
            {
                return (key, response);
            }
        }

        return (null, null);
    }

    /// <returns>Whether the spec declares this body as JSON (not merely <c>*/*</c>).</returns>
    private bool CheckBody(OpenApiOperation operation, JsonObject bodyOwner, string cacheKey,
        SchemaDirection direction, string jsonBody, List<ContractProblem> problems)
    {
        var content = bodyOwner["content"] as JsonObject;
        var media = JsonMediaType(content);
        if (media is null)
        {
            var types = content?.Select(c => c.Key) ?? [];
            problems.Add(new ContractProblem(ContractProblemKind.NoJsonContent,
                $"{operation} has no JSON body here, only: {string.Join(", ", types)}."));
            return false;
        }

        // A body declared only as */* may carry any label; one declared as JSON should say so.
        var declaredJson = content!.Any(c => IsJson(c.Key.Split(';')[0].Trim()));
        if (!SchemaCatalog.TryParse(jsonBody, out var instance, out var parseProblem))
        {
            problems.Add(parseProblem!);
            return declaredJson;
        }

        if (media["schema"] is { } schema)
        {
            problems.AddRange(schemas.Validate(cacheKey, schema, direction, instance));
        }

        return declaredJson;
    }

    private static JsonObject? JsonMediaType(JsonObject? content)
    {
        if (content is null)
        {
            return null;
        }

        // Prefer the exact JSON type; Jira also declares some JSON bodies as */*.
        var match =
            content.FirstOrDefault(c => c.Key.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)).Value
            ?? content.FirstOrDefault(c => c.Key.EndsWith("+json", StringComparison.OrdinalIgnoreCase)).Value
            ?? content["*/*"];
        return match as JsonObject;
    }
}
