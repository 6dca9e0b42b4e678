using System.Diagnostics;

namespace Matrix42.JiraConnector.Hosting.Telemetry;

/// <summary>
/// The innermost handler of a connector's Jira and ESM HTTP clients: every attempt that goes on the wire, retries
/// included, gets a client span and is counted in <c>jiraconnector.api.calls</c>; repeated attempts also in
/// <c>jiraconnector.api.retries</c> and 429 answers in <c>jiraconnector.api.rate_limited</c>.
/// </summary>
/// <remarks>
/// The clients' retry handlers sit above this one and send the same request message again for each retry, so an
/// attempt whose message already carries this handler's send count in its options is a retry. A redirect or a
/// replay after a fresh login is a new message and counts as a new call. Tags carry a path template only: no query
/// string, id or name.
/// </remarks>
internal sealed class ApiCallTelemetryHandler : DelegatingHandler
{
    /// <summary>The <c>service</c> tag of Jira calls.</summary>
    public const string Jira = "jira";

    /// <summary>The <c>service</c> tag of ESM calls.</summary>
    public const string Esm = "esm";

    // The send count rides on the message itself: no per-request table entry to allocate or look up.
    private static readonly HttpRequestOptionsKey<int> SendsKey = new("Matrix42.JiraConnector.ApiCall.Sends");

    private readonly ConnectorTelemetry _telemetry;
    private readonly string _connectorId;
    private readonly string _environmentType;
    private readonly string _service;
    private readonly string _getSpanName;
    private readonly string _postSpanName;
    private readonly string _putSpanName;
    private readonly string _deleteSpanName;

    public ApiCallTelemetryHandler(
        ConnectorTelemetry telemetry, string connectorId, string environmentType, string service)
    {
        _telemetry = telemetry;
        _connectorId = connectorId;
        _environmentType = environmentType;
        _service = service;
        _getSpanName = service + " GET";
        _postSpanName = service + " POST";
        _putSpanName = service + " PUT";
        _deleteSpanName = service + " DELETE";
    }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var resends = request.Options.TryGetValue(SendsKey, out var sent) ? sent : 0;
        request.Options.Set(SendsKey, resends + 1);
        var method = request.Method.Method;
        using var span = ConnectorTelemetry.Source.HasListeners()
            ? ConnectorTelemetry.Source.StartActivity(SpanName(request.Method), ActivityKind.Client)
            : null;
        if (span is not null)
        {
            span.SetTag("connector", _connectorId);
            span.SetTag("environment_type", _environmentType);
            span.SetTag("service", _service);
            span.SetTag("http.request.method", method);
            span.SetTag("url.template", ApiPathTemplate.Of(request.RequestUri));
            if (resends > 0)
            {
                span.SetTag("http.request.resend_count", resends);
            }
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            var errorType = error.GetType().Name;
            span?.SetTag("error.type", errorType);
            span?.SetStatus(ActivityStatusCode.Error, errorType);
            Record(method, null, errorType, resends);
            throw;
        }

        var status = (int)response.StatusCode;
        span?.SetTag("http.response.status_code", status);
        if (status >= 400)
        {
            span?.SetStatus(ActivityStatusCode.Error);
        }

        Record(method, status, null, resends);
        return response;
    }

    // The common methods' names are built once; only a rare method builds its name per attempt.
    private string SpanName(HttpMethod method) =>
        method == HttpMethod.Get ? _getSpanName
        : method == HttpMethod.Post ? _postSpanName
        : method == HttpMethod.Put ? _putSpanName
        : method == HttpMethod.Delete ? _deleteSpanName
        : _service + " " + method.Method;

    private void Record(string method, int? status, string? errorType, int resends) =>
        _telemetry.RecordApiCall(new ApiAttempt(
            _connectorId, _environmentType, _service, method, status, errorType, resends > 0));
}
