using System.Globalization;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Builds the Polly v8 pipeline (retry around a per-attempt timeout) used by every Jira client.</summary>
internal static class JiraResiliencePipeline
{
    public static ResiliencePipeline<HttpResponseMessage> Create(
        JiraClientOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                ShouldHandle = args => ValueTask.FromResult(
                    JiraRetryRules.ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), options, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    JiraRetryRules.Delay(args.Outcome, args.AttemptNumber, timeProvider)),
                OnRetry = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    var method = request?.Method.Method ?? "?";
                    var path = JiraEndpoint.PathOf(request?.RequestUri);
                    var outcome = args.Outcome.Result is { } response
                        ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)
                        : args.Outcome.Exception?.GetType().Name ?? "?";
                    JiraLog.Retrying(logger, method, path, outcome, args.AttemptNumber + 1,
                        args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }
}
