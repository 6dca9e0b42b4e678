using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Builds the retry and per-attempt timeout pipeline shared by the DI and the static factory paths.
/// </summary>
internal static class EsmResilience
{
    public static ResilienceHandler CreateHandler(
        EsmClientOptions options, TimeProvider timeProvider, ILogger logger) =>
        new(Create(options, timeProvider, logger));

    public static ResiliencePipeline<HttpResponseMessage> Create(
        EsmClientOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args =>
                    ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, options, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(ServiceDelay(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    EsmLog.Retrying(
                        logger,
                        request?.Method.Method ?? "?",
                        request?.RequestUri?.AbsolutePath ?? "?",
                        args.Outcome.Result is { } response ? (int)response.StatusCode : 0,
                        args.Outcome.Exception?.GetType().Name ?? "-",
                        args.AttemptNumber + 1,
                        args.RetryDelay);
                    return default;
                },
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    private static bool ShouldRetry(
        Outcome<HttpResponseMessage> outcome, ResilienceContext context, EsmClientOptions options, TimeProvider time)
    {
        if (!EsmRetryRules.ShouldRetry(outcome, EsmRetryRules.KindOf(context.GetRequestMessage())))
        {
            return false;
        }

        // A wait longer than the cap is not sat out; the caller sees the answer and can plan.
        return EsmRetryRules.RetryAfter(outcome.Result, time) is not { } wait || wait <= options.MaxRetryDelay;
    }

    // Retry-After is a lower bound; 0 (or none) leaves the choice to the exponential back-off.
    private static TimeSpan? ServiceDelay(HttpResponseMessage? response, TimeProvider timeProvider) =>
        EsmRetryRules.RetryAfter(response, timeProvider) is { } wait && wait > TimeSpan.Zero ? wait : null;
}
