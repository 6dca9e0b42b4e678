using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Benchmarks.Scale;

/// <summary>The fakes running in a child process (this executable's <c>serve-fakes</c> verb), talked to over stdio.</summary>
internal sealed class FakeServerProcess : IDisposable
{
    private readonly Process _process;

    private FakeServerProcess(Process process, JsonObject ready)
    {
        _process = process;
        Ready = ready;
    }

    public JsonObject Ready { get; }

    public static async Task<FakeServerProcess> StartAsync(ScaleSize size)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        // Under `dotnet <dll>` (tests, `dotnet run` without an app host) the dll must be named again.
        var host = System.Environment.ProcessPath ?? "dotnet";
        start.FileName = host;
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(FakeServerProcess).Assembly.Location);
        }

        start.ArgumentList.Add("serve-fakes");
        foreach (var argument in size.ToArguments())
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The fake server did not start.");
        var line = await process.StandardOutput.ReadLineAsync().ConfigureAwait(false)
            ?? throw new InvalidOperationException("The fake server ended before it was ready.");
        return new FakeServerProcess(process, JsonNode.Parse(line)!.AsObject());
    }

    public Task<JsonObject> CountsAsync() => AskAsync("counts");

    public Task<JsonObject> ClearAsync() => AskAsync("clear");

    public void Dispose()
    {
        // Closing stdin is the fake server's signal to stop.
        _process.StandardInput.Close();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    private async Task<JsonObject> AskAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync().ConfigureAwait(false);
        var line = await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false)
            ?? throw new InvalidOperationException("The fake server ended unexpectedly.");
        return JsonNode.Parse(line)!.AsObject();
    }
}
