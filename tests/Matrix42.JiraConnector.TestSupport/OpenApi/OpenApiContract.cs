using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>
/// An OpenAPI 3.0 contract: finds the operation behind a concrete request and checks request and response
/// bodies against the operation's JSON schemas. Instances are thread-safe; schemas are built on first use.
/// </summary>
public sealed partial class OpenApiContract
{
    private static readonly Lazy<OpenApiContract> JiraContract = new(() =>
        Load(SharedFiles.PathOf("reference/jira-platform-openapi.json"), OpenApiContractOptions.ForJiraCloud()));

    private readonly OperationRouter router;
    private readonly SchemaCatalog schemas;

    private OpenApiContract(JsonObject spec, OpenApiContractOptions options)
    {
        SpecCorrections.Apply(spec, options);
        router = new OperationRouter(spec["paths"] as JsonObject
            ?? throw new FormatException("The OpenAPI document has no 'paths' object."));
        schemas = new SchemaCatalog(spec["components"]?["schemas"] as JsonObject ?? []);
    }

    /// <summary>
    /// The Jira Cloud platform contract from <c>shared/reference/jira-platform-openapi.json</c> with the
    /// corrections of <see cref="OpenApiContractOptions.ForJiraCloud"/>, loaded once per process on first use.
    /// </summary>
    public static OpenApiContract Jira => JiraContract.Value;

    /// <summary>Every operation of the spec, in document order.</summary>
    public IReadOnlyList<OpenApiOperation> Operations => router.Operations;

    /// <summary>
    /// How long reading, parsing and indexing the spec took; schemas are converted later, on first use.
    /// </summary>
    public TimeSpan LoadDuration { get; private set; }

    /// <summary>Loads an OpenAPI 3.0 document (JSON) from a file.</summary>
    /// <param name="specPath">The path of the JSON document.</param>
    /// <param name="options">Corrections to apply; none when <see langword="null"/>.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="FormatException">The file is not an OpenAPI document with paths.</exception>
    /// <exception cref="ArgumentException">A correction names a schema property the document lacks.</exception>
    public static OpenApiContract Load(string specPath, OpenApiContractOptions? options = null)
    {
        var started = TimeProvider.System.GetTimestamp();
        return Parse(File.ReadAllText(specPath), options, started);
    }

    /// <summary>Reads an OpenAPI 3.0 document from its JSON text.</summary>
    /// <param name="specJson">The JSON text of the document.</param>
    /// <param name="options">Corrections to apply; none when <see langword="null"/>.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="FormatException">The text is not an OpenAPI document with paths.</exception>
    /// <exception cref="ArgumentException">A correction names a schema property the document lacks.</exception>
    public static OpenApiContract Parse(string specJson, OpenApiContractOptions? options = null) =>
        Parse(specJson, options, TimeProvider.System.GetTimestamp());

    private static OpenApiContract Parse(string specJson, OpenApiContractOptions? options, long started)
    {
        ArgumentNullException.ThrowIfNull(specJson);
        var spec = JsonNode.Parse(specJson) as JsonObject
            ?? throw new FormatException("The OpenAPI document is not a JSON object.");
        var contract = new OpenApiContract(spec, options ?? new OpenApiContractOptions());
        contract.LoadDuration = TimeProvider.System.GetElapsedTime(started);
        return contract;
    }

    /// <summary>
    /// Finds the operation a request would reach. Query strings and fragments are ignored, path segments are
    /// percent-decoded, and literal segments win over parameters.
    /// </summary>
    /// <param name="method">The HTTP method, any case.</param>
    /// <param name="path">An absolute URI or a path such as <c>/rest/api/3/issue/ABC-1?expand=names</c>.</param>
    /// <returns>
    /// The operation, or <see langword="null"/> when no template matches or the method is not defined.
    /// </returns>
    public OpenApiOperation? FindOperation(string method, string path) =>
        router.Find(RequestPath.Normalize(method), RequestPath.Parse(path), out _);
}
