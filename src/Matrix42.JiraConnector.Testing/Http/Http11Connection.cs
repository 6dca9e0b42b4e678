using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Matrix42.JiraConnector.Testing.Http;

/// <summary>
/// One HTTP/1.1 connection of the <see cref="LoopbackServer"/>: reads requests (fixed-length or chunked
/// bodies), writes responses, and can drop the connection abruptly (TCP reset) or mid-body, which is what
/// fault injection needs and what higher-level servers hide.
/// </summary>
internal sealed class Http11Connection(Socket socket) : IDisposable
{
    private const int MaxHeaderBytes = 64 * 1024;
    private readonly NetworkStream _stream = new(socket, ownsSocket: false);
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    /// <summary>Whether the client asked to close the connection after the current exchange.</summary>
    public bool CloseRequested { get; private set; }

    /// <summary>Reads the next request, or <see langword="null"/> when the client closed the connection.</summary>
    public async Task<FakeRequest?> ReadRequestAsync(CancellationToken ct)
    {
        var head = await ReadHeadAsync(ct).ConfigureAwait(false);
        if (head is null)
        {
            return null;
        }

        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ');
        if (parts.Length != 3)
        {
            throw new InvalidDataException("Malformed request line.");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                headers[name] = headers.TryGetValue(name, out var existing) ? existing + ", " + value : value;
            }
        }

        CloseRequested = headers.TryGetValue("Connection", out var connection) &&
                         connection.Contains("close", StringComparison.OrdinalIgnoreCase);
        if (headers.TryGetValue("Expect", out var expect) &&
            expect.Equals("100-continue", StringComparison.OrdinalIgnoreCase))
        {
            await _stream.WriteAsync("HTTP/1.1 100 Continue\r\n\r\n"u8.ToArray(), ct).ConfigureAwait(false);
        }

        var body = await ReadBodyAsync(headers, ct).ConfigureAwait(false);
        var target = parts[1];
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? target : target[..queryStart];
        var query = queryStart < 0 ? string.Empty : target[(queryStart + 1)..];
        return new FakeRequest(parts[0], path, query, headers, body);
    }

    /// <summary>Writes a response, or only its first bytes when <paramref name="truncateAfter"/> is set.</summary>
    public async Task WriteResponseAsync(FakeResponse response, int? truncateAfter, CancellationToken ct)
    {
        var head = new StringBuilder();
        var status = (int)response.Status;
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {ReasonPhrase(response.Status)}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {response.Body.Length}\r\n");
        if (response.ContentType is not null)
        {
            var contentType = response.ContentType.Contains("charset", StringComparison.OrdinalIgnoreCase) ||
                              !response.ContentType.StartsWith("text/", StringComparison.Ordinal) &&
                              response.ContentType != "application/json"
                ? response.ContentType
                : response.ContentType + "; charset=utf-8";
            head.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        }

        foreach (var (name, value) in response.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        if (CloseRequested)
        {
            head.Append("Connection: close\r\n");
        }

        head.Append("\r\n");
        await _stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), ct).ConfigureAwait(false);
        var send = truncateAfter is { } cut ? response.Body[..cut] : response.Body;
        await _stream.WriteAsync(send, ct).ConfigureAwait(false);
        await _stream.FlushAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Drops the connection with a TCP reset, so the client sees "connection reset by peer".</summary>
    public void Reset()
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (SocketException)
        {
            // Already closed by the client; nothing to reset.
        }

        socket.Close();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stream.Dispose();
        socket.Dispose();
    }

    private async Task<string?> ReadHeadAsync(CancellationToken ct)
    {
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var endOfHead = span.IndexOf("\r\n\r\n"u8);
            if (endOfHead >= 0)
            {
                var head = Encoding.ASCII.GetString(span[..endOfHead]);
                _start += endOfHead + 4;
                return head;
            }

            if (_end - _start >= MaxHeaderBytes || !await FillAsync(ct).ConfigureAwait(false))
            {
                return _end == _start ? null : throw new InvalidDataException("Incomplete request head.");
            }
        }
    }

    private async Task<byte[]> ReadBodyAsync(Dictionary<string, string> headers, CancellationToken ct)
    {
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) &&
            encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadChunkedAsync(ct).ConfigureAwait(false);
        }

        if (!headers.TryGetValue("Content-Length", out var lengthText))
        {
            return [];
        }

        var length = int.Parse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture);
        return await ReadExactlyAsync(length, ct).ConfigureAwait(false);
    }

    private async Task<byte[]> ReadChunkedAsync(CancellationToken ct)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var sizeLine = await ReadLineAsync(ct).ConfigureAwait(false);
            var semicolon = sizeLine.IndexOf(';', StringComparison.Ordinal);
            var size = int.Parse(semicolon < 0 ? sizeLine : sizeLine[..semicolon], NumberStyles.HexNumber,
                CultureInfo.InvariantCulture);
            if (size == 0)
            {
                while ((await ReadLineAsync(ct).ConfigureAwait(false)).Length > 0)
                {
                    // Trailer fields are not used by any client of the fakes.
                }

                return body.ToArray();
            }

            body.Write(await ReadExactlyAsync(size, ct).ConfigureAwait(false));
            await ReadLineAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken ct)
    {
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf("\r\n"u8);
            if (newline >= 0)
            {
                var line = Encoding.ASCII.GetString(span[..newline]);
                _start += newline + 2;
                return line;
            }

            if (!await FillAsync(ct).ConfigureAwait(false))
            {
                throw new InvalidDataException("Connection closed inside a chunked body.");
            }
        }
    }

    private async Task<byte[]> ReadExactlyAsync(int length, CancellationToken ct)
    {
        var result = new byte[length];
        var copied = 0;
        while (copied < length)
        {
            if (_end == _start && !await FillAsync(ct).ConfigureAwait(false))
            {
                throw new InvalidDataException("Connection closed inside a request body.");
            }

            var n = Math.Min(length - copied, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(result.AsSpan(copied));
            _start += n;
            copied += n;
        }

        return result;
    }

    private async Task<bool> FillAsync(CancellationToken ct)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            return false;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), ct).ConfigureAwait(false);
        _end += read;
        return read > 0;
    }

    private static string ReasonPhrase(HttpStatusCode status) => status switch
    {
        HttpStatusCode.OK => "OK",
        HttpStatusCode.Created => "Created",
        HttpStatusCode.NoContent => "No Content",
        HttpStatusCode.BadRequest => "Bad Request",
        HttpStatusCode.Unauthorized => "Unauthorized",
        HttpStatusCode.Forbidden => "Forbidden",
        HttpStatusCode.NotFound => "Not Found",
        HttpStatusCode.Conflict => "Conflict",
        HttpStatusCode.Gone => "Gone",
        HttpStatusCode.TooManyRequests => "Too Many Requests",
        HttpStatusCode.ServiceUnavailable => "Service Unavailable",
        _ => status.ToString(),
    };
}
