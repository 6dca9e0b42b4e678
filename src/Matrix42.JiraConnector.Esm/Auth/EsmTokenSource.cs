using System.Net;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Logs in with the WebAPI user and keeps the token until shortly before its <c>exp</c>. Concurrent
/// callers wait for one shared login.
/// </summary>
internal sealed class EsmTokenSource : IDisposable
{
    private const string BearerPrefix = "Bearer ";

    private readonly EsmClientOptions _options;
    private readonly Uri _loginUri;
    private readonly Func<HttpClient> _httpClient;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _loginGate = new(1, 1);
    private EsmToken? _current;

    public EsmTokenSource(
        EsmClientOptions options, Uri apiBase, Func<HttpClient> httpClient, TimeProvider timeProvider, ILogger logger)
    {
        _options = options;
        _loginUri = new Uri(apiBase.AbsoluteUri.TrimEnd('/') + "/users/login");
        _httpClient = httpClient;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async ValueTask<EsmToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = Volatile.Read(ref _current);
        if (token is not null && _timeProvider.GetUtcNow() < token.RenewAt)
        {
            return token;
        }

        await _loginGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have logged in while this one waited.
            token = Volatile.Read(ref _current);
            if (token is not null && _timeProvider.GetUtcNow() < token.RenewAt)
            {
                return token;
            }

            token = await LoginAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _current, token);
            return token;
        }
        finally
        {
            _loginGate.Release();
        }
    }

    /// <summary>Forgets a token the service refused, unless a newer one already replaced it.</summary>
    public void Invalidate(EsmToken refused) => Interlocked.CompareExchange(ref _current, null, refused);

    public void Dispose() => _loginGate.Dispose();

    private async Task<EsmToken> LoginAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _loginUri)
        {
            Content = new FormUrlEncodedContent(
            [
                new KeyValuePair<string, string>("login", _options.Login ?? string.Empty),
                new KeyValuePair<string, string>("password", _options.Password ?? string.Empty),
            ]),
        };
        request.Options.Set(EsmRetryRules.CallKindKey, EsmCallKind.Read);

        using var response = await EsmConnection.SendRawAsync(_httpClient(), request, EsmCallKind.Read, _logger,
            cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            EsmLog.LoginRefused(_logger, (int)response.StatusCode);
            var refused = await EsmErrors.FromResponseAsync(response, EsmCallKind.Read, cancellationToken)
                .ConfigureAwait(false);
            throw new EsmAuthenticationException(
                $"ESM refused the login of the WebAPI user ({(int)response.StatusCode}). Check the credentials, " +
                "that the account is a local ESM user, and that its role has the External API permission.",
                new EsmErrorDetails(refused.StatusCode, refused.Error, refused.ApiMessage, refused.Url, []));
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await EsmErrors.FromResponseAsync(response, EsmCallKind.Read, cancellationToken)
                .ConfigureAwait(false);
        }

        var jwt = await ReadJwtAsync(response, cancellationToken).ConfigureAwait(false) ??
                  throw new EsmAuthenticationException(
                      "ESM accepted the login but returned no token (no Authorization header, no 'token' field).");
        return Issue(jwt);
    }

    private EsmToken Issue(string jwt)
    {
        var now = _timeProvider.GetUtcNow();
        var expiresAt = JwtClaims.ReadExpiry(jwt) ?? now + _options.FallbackTokenLifetime;

        // A token shorter-lived than twice the margin would be renewed on every call; halve its life instead.
        var lifetime = expiresAt - now;
        var renewAt = lifetime > 2 * _options.TokenRenewalMargin
            ? expiresAt - _options.TokenRenewalMargin
            : now + (lifetime / 2);
        EsmLog.LoggedIn(_logger, expiresAt);
        return new EsmToken(jwt, expiresAt, renewAt);
    }

    private static async Task<string?> ReadJwtAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // Authorization is a request header; in a response the socket handler keeps it as a custom header,
        // which a lookup by the known name can miss, so the headers are searched by name.
        var header = response.Headers
            .Where(h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase))
            .SelectMany(h => h.Value)
            .FirstOrDefault();
        if (StripBearer(header) is { } fromHeader)
        {
            return fromHeader;
        }

        var body = await EsmErrors.TryReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        return body is { } json ? StripBearer(json.String("token")) : null;
    }

    private static string? StripBearer(string? value)
    {
        var text = value?.Trim();
        if (text is not null && text.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text[BearerPrefix.Length..].Trim();
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }
}
