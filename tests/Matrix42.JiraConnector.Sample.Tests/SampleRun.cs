using Matrix42.JiraConnector.Sample.Cli;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>Runs the sample's command line in process and captures what it prints.</summary>
internal sealed record SampleRun(int ExitCode, string Output)
{
    public static async Task<SampleRun> StartAsync(
        IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var output = new StringWriter();
        var exitCode = await SampleApp.RunAsync(
            args, output, name => environment is not null && environment.TryGetValue(name, out var v) ? v : null,
            CancellationToken.None);
        return new SampleRun(exitCode, output.ToString());
    }
}
