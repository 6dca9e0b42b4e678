using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Matrix42.JiraConnector.Hosting.Telemetry;

/// <content>HTTP attempts to Jira and ESM: calls, retries and 429 answers.</content>
public sealed partial class ConnectorTelemetry
{
    private readonly Counter<long> _apiCalls;
    private readonly Counter<long> _apiRetries;
    private readonly Counter<long> _apiRateLimited;

    /// <summary>Counts one HTTP attempt and, when it applies, its retry and 429 answer.</summary>
    /// <param name="attempt">Who sent what, and how it ended.</param>
    internal void RecordApiCall(in ApiAttempt attempt)
    {
        // Nobody listens: skip building tags on every attempt.
        if (!_apiCalls.Enabled && !_apiRetries.Enabled && !_apiRateLimited.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { "connector", attempt.ConnectorId },
            { "environment_type", attempt.EnvironmentType },
            { "service", attempt.Service },
            { "http.request.method", attempt.Method },
        };
        if (attempt.StatusCode is { } status)
        {
            tags.Add("http.response.status_code", status);
        }
        else
        {
            tags.Add("error.type", attempt.ErrorType ?? "unknown");
        }

        _apiCalls.Add(1, tags);
        if (attempt.IsRetry)
        {
            _apiRetries.Add(1, tags);
        }

        if (attempt.StatusCode == 429)
        {
            _apiRateLimited.Add(1, tags);
        }
    }
}
