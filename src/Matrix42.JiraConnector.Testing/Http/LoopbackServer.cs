using System.Net;
using System.Net.Sockets;
using Matrix42.JiraConnector.Testing.Diagnostics;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Testing.Http;

/// <summary>
/// Serves a fake service over HTTP/1.1 on <c>127.0.0.1</c>, on a free port chosen automatically, so that
/// other processes (a sample host, an outside client, a browser) can reach it.
/// </summary>
/// <remarks>
/// A small HTTP/1.1 server on a plain socket, so the Testing package pulls in no web framework and
/// faults are real at the wire: a dropped connection is a TCP reset and a truncated body stops part way,
/// which <see cref="HttpListener"/> cannot do. It binds to the loopback address only and is meant for
/// tests and local exploration, not for production traffic.
/// </remarks>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly FakeServicePipeline _pipeline;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _acceptLoop;
    private readonly HashSet<Task> _connections = [];
    private int _disposed;

    private LoopbackServer(Socket listener, FakeServicePipeline pipeline)
    {
        _listener = listener;
        _pipeline = pipeline;
        Port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        BaseAddress = new Uri($"http://127.0.0.1:{Port}/");
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The address clients use, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; }

    /// <summary>Starts serving a fake service on a loopback port.</summary>
    /// <param name="service">The fake service that answers.</param>
    /// <param name="faults">The fault plan, or <see langword="null"/> for none.</param>
    /// <param name="log">The request log, or <see langword="null"/> to keep none.</param>
    /// <param name="timeProvider">The clock for delays and log times; default the system clock.</param>
    /// <param name="port">A fixed port, or 0 (the default) to let the system choose a free one.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public static LoopbackServer Start(
        IFakeService service,
        FaultPlan? faults = null,
        RequestLog? log = null,
        TimeProvider? timeProvider = null,
        int port = 0)
    {
        ArgumentNullException.ThrowIfNull(service);
        var pipeline = new FakeServicePipeline(service, faults, log, timeProvider ?? TimeProvider.System);

        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
            listener.Listen(512);
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        return new LoopbackServer(listener, pipeline);
    }

    /// <summary>Stops accepting, drops open connections and waits for the server to end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Dispose();
        await _acceptLoop.ConfigureAwait(false);

        Task[] open;
        lock (_connections)
        {
            open = [.. _connections];
        }

        await Task.WhenAll(open).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            socket.NoDelay = true;
            var connection = Task.Run(() => ServeConnectionAsync(socket));
            lock (_connections)
            {
                _connections.Add(connection);
            }

            _ = connection.ContinueWith(
                done =>
                {
                    lock (_connections)
                    {
                        _connections.Remove(done);
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    private async Task ServeConnectionAsync(Socket socket)
    {
        using var connection = new Http11Connection(socket);
        var ct = _stopping.Token;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var request = await connection.ReadRequestAsync(ct).ConfigureAwait(false);
                if (request is null)
                {
                    return;
                }

                var outcome = await _pipeline.ProcessAsync(request, ct).ConfigureAwait(false);
                if (outcome.Response is null)
                {
                    connection.Reset();
                    return;
                }

                await connection.WriteResponseAsync(outcome.Response, outcome.TruncateAfter, ct).ConfigureAwait(false);
                if (outcome.TruncateAfter is not null)
                {
                    connection.Reset();
                    return;
                }

                if (connection.CloseRequested)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException
                                       or ObjectDisposedException or InvalidDataException or FormatException
                                       or OverflowException)
        {
            // A client that disconnects, sends garbage or outlives the server ends only its own connection.
            connection.Reset();
        }
    }
}
