using System.Diagnostics;

namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// The client's trace source: one span per public operation (per page for queries), named
/// <c>EsmClient.Operation</c>, tagged with the template code only.
/// </summary>
public static class EsmTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/>; subscribe to it to trace ESM calls.</summary>
    public const string SourceName = "Matrix42.JiraConnector.Esm";

    private static readonly ActivitySource Source =
        new(SourceName, typeof(EsmTelemetry).Assembly.GetName().Version?.ToString());

    internal static Activity? Start(string operation, string? templateCode = null)
    {
        var activity = Source.StartActivity("EsmClient." + operation, ActivityKind.Internal);
        if (activity is not null && templateCode is not null)
        {
            activity.SetTag("esm.template", templateCode);
        }

        return activity;
    }

    // The span of the operation in progress (if any) records the failure; only the type and status, since
    // messages may carry service text.
    internal static void MarkFailed(string errorType, int? statusCode)
    {
        var activity = Activity.Current;
        if (activity?.Source != Source)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error, errorType);
        activity.SetTag("error.type", errorType);
        if (statusCode is { } status)
        {
            activity.SetTag("http.response.status_code", status);
        }
    }
}
