using System.Net.Sockets;

namespace Matrix42.JiraConnector.Testing.Http;

/// <summary>A read-only stream that yields the first bytes of a body and then fails as a dropped connection.</summary>
internal sealed class TruncatedStream(ReadOnlyMemory<byte> body, int cutAfter) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var left = cutAfter - _position;
        if (left <= 0)
        {
            throw new IOException(
                "The connection was closed before the whole body was received.",
                new SocketException((int)SocketError.ConnectionReset));
        }

        var n = Math.Min(left, buffer.Length);
        body.Span.Slice(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
