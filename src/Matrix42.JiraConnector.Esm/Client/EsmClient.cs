using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// The ESM REST API v1 client. Obtain it from <c>services.AddEsmClient(...)</c> or
/// <see cref="EsmClientFactory.Create"/>; it is safe for concurrent use.
/// </summary>
public sealed partial class EsmClient : IEsmClient, IDisposable
{
    private const int MaxPageSize = 200;

    private readonly EsmConnection _connection;
    private readonly ConcurrentDictionary<string, CachedTemplate> _templates = new(StringComparer.Ordinal);

    internal EsmClient(EsmConnection connection)
    {
        _connection = connection;
    }

    private ILogger Logger => _connection.Logger;

    /// <inheritdoc />
    public async Task CheckConnectionAsync(CancellationToken cancellationToken = default)
    {
        using var activity = EsmTelemetry.Start("CheckConnectionAsync");
        using var response = await _connection.SendCheckedAsync(
            () => Get(Url("/echo/jwt", ("message", "ping"))), EsmCallKind.Read, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Releases the HTTP resources the client owns (only when built by
    /// <see cref="EsmClientFactory"/>).</summary>
    public void Dispose() => _connection.Dispose();

    private static HttpRequestMessage Get(Uri uri) => new(HttpMethod.Get, uri);

    private static string DataPath(string templateCode) => $"/dc/{Uri.EscapeDataString(templateCode)}/data";

    private static string CardPath(string templateCode, string dataCardId) =>
        $"{DataPath(templateCode)}/{Uri.EscapeDataString(dataCardId)}";

    private static string AttributePath(string templateCode, string dataCardId, string attributeCode) =>
        $"{CardPath(templateCode, dataCardId)}/{Uri.EscapeDataString(attributeCode)}";

    private Uri Url(string path, params (string Key, string? Value)[] query)
    {
        var text = new StringBuilder(_connection.ApiBase.AbsoluteUri.TrimEnd('/')).Append(path);
        var separator = '?';
        foreach (var (key, value) in query)
        {
            if (value is null)
            {
                continue;
            }

            text.Append(separator).Append(key).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return new Uri(text.ToString(), UriKind.Absolute);
    }

    private async Task<JsonElement> ReadJsonAsync(
        Func<HttpRequestMessage> build, EsmCallKind kind, CancellationToken cancellationToken)
    {
        using var response = await _connection.SendCheckedAsync(build, kind, cancellationToken).ConfigureAwait(false);
        return await ParseAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<JsonElement> ParseAsync(
        HttpResponseMessage response, CancellationToken cancellationToken) =>
        await EsmErrors.TryReadJsonAsync(response, cancellationToken).ConfigureAwait(false) ??
        throw new EsmApiException(
            $"ESM answered {(int)response.StatusCode} to {response.RequestMessage?.Method.Method} " +
            $"{response.RequestMessage?.RequestUri?.AbsolutePath} without a JSON body.");

    private sealed record CachedTemplate(EsmTemplate Template, DateTimeOffset ValidUntil);
}
