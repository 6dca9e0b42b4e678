using Matrix42.JiraConnector.Sample.Cli;

// Ctrl+C stops a run cleanly: the SDK ends it as "stopped" and keeps what was loaded.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return await SampleApp.RunAsync(args, Console.Out, Environment.GetEnvironmentVariable, stop.Token);
