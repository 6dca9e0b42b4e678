using System.Net;
using Matrix42.JiraConnector.Testing.Diagnostics;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Testing.Http;

/// <summary>
/// The part of serving a fake that does not depend on the transport: consult the fault plan, call the
/// service when the fault lets the request be applied, and record the exchange.
/// </summary>
internal sealed class FakeServicePipeline(
    IFakeService service,
    FaultPlan? faults,
    RequestLog? log,
    TimeProvider timeProvider)
{
    private static readonly TimeSpan DefaultSlowDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan DefaultTimeoutHold = TimeSpan.FromSeconds(100);

    public async ValueTask<FakeOutcome> ProcessAsync(FakeRequest request, CancellationToken cancellationToken)
    {
        var sequence = log?.NextSequence() ?? 0;
        var arrivedAt = timeProvider.GetUtcNow();
        var rule = faults?.Decide(request.Method, request.Path);

        var outcome = await ApplyAsync(request, rule, cancellationToken).ConfigureAwait(false);

        log?.Record(new RecordedRequest(
            sequence,
            arrivedAt,
            request.Method,
            request.Path,
            request.QueryString,
            outcome.Response?.Route ?? service.RouteOf(request) ?? $"{request.Method} {request.Path}",
            outcome.Response is null || outcome.TruncateAfter is not null ? null : (int)outcome.Response.Status,
            outcome.Fault,
            Cut(request.BodyText, log.BodyLimit)));
        return outcome;
    }

    private async ValueTask<FakeOutcome> ApplyAsync(FakeRequest request, FaultRule? rule, CancellationToken ct)
    {
        if (rule is null)
        {
            return new FakeOutcome(await service.HandleAsync(request, ct).ConfigureAwait(false), null, null);
        }

        switch (rule.Kind)
        {
            case FaultKind.TooManyRequests:
                return new FakeOutcome(RateLimited(rule), rule.Kind, null);

            case FaultKind.ServiceUnavailable:
                return new FakeOutcome(WithRetryAfter(Unavailable(), rule), rule.Kind, null);

            case FaultKind.HtmlErrorPage:
                return new FakeOutcome(HtmlPage(rule.HtmlStatus), rule.Kind, null);

            case FaultKind.ConnectionReset:
                return new FakeOutcome(null, rule.Kind, null);

            case FaultKind.Timeout:
                await Task.Delay(Or(rule.Delay, DefaultTimeoutHold), timeProvider, ct).ConfigureAwait(false);
                return new FakeOutcome(null, rule.Kind, null);

            case FaultKind.SlowResponse:
                await Task.Delay(Or(rule.Delay, DefaultSlowDelay), timeProvider, ct).ConfigureAwait(false);
                return new FakeOutcome(await service.HandleAsync(request, ct).ConfigureAwait(false), rule.Kind, null);

            case FaultKind.TruncatedBody:
                var full = await service.HandleAsync(request, ct).ConfigureAwait(false);
                return full.Body.Length < 2
                    ? new FakeOutcome(null, rule.Kind, null)
                    : new FakeOutcome(full, rule.Kind, full.Body.Length / 2);

            case FaultKind.ResponseLost:
                await service.HandleAsync(request, ct).ConfigureAwait(false);
                return new FakeOutcome(null, rule.Kind, null);

            default:
                throw new InvalidOperationException($"Unknown fault kind {rule.Kind}.");
        }
    }

    private static FakeResponse RateLimited(FaultRule rule)
    {
        var response = WithRetryAfter(
            FakeResponse.Text(HttpStatusCode.TooManyRequests, "Rate limit exceeded."),
            rule);
        return rule.RateLimitReason is null ? response : response.WithHeader("RateLimit-Reason", rule.RateLimitReason);
    }

    private static FakeResponse Unavailable() =>
        FakeResponse.Text(HttpStatusCode.ServiceUnavailable, "Service temporarily unavailable.");

    private static FakeResponse HtmlPage(int status) =>
        FakeResponse.Text(
            (HttpStatusCode)status,
            $"<!DOCTYPE html><html><head><title>{status}</title></head><body><h1>Error {status}</h1>" +
            "<p>The server encountered a temporary error.</p></body></html>",
            "text/html");

    private static FakeResponse WithRetryAfter(FakeResponse response, FaultRule rule) =>
        rule.RetryAfter is { } delay
            ? response.WithHeader("Retry-After", ((long)Math.Ceiling(delay.TotalSeconds)).ToString(
                System.Globalization.CultureInfo.InvariantCulture))
            : response;

    private static TimeSpan Or(TimeSpan value, TimeSpan fallback) => value > TimeSpan.Zero ? value : fallback;

    private static string Cut(string text, int limit) => text.Length <= limit ? text : text[..limit];
}
