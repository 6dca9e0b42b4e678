using System.Diagnostics;
using Matrix42.JiraConnector.Testing.Generation;
using Matrix42.JiraConnector.Testing.Jira;
using Matrix42.JiraConnector.TestSupport;
using Xunit.Abstractions;

namespace Matrix42.JiraConnector.Testing.Tests.Jira;

/// <summary>
/// An outside client agrees with the fake: jira.js, which checks every response against the real API's
/// schemas, runs its read and write steps against the fake served on a loopback port.
/// </summary>
public sealed class JiraOracleTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Oracle_AgainstLoopbackFake_PassesEveryStep(bool write)
    {
        var site = new FakeJiraCloud();
        var admin = JiraDataGenerator.Populate(site, JiraDataSize.Small, seed: 7);
        await using var server = site.StartLoopback();

        var (exitCode, text) = await RunOracleAsync(server.BaseAddress, admin, write);
        output.WriteLine(text);

        Assert.Matches(@"oracle steps: \d+ passed, 0 failed", text);
        Assert.Equal(0, exitCode);
    }

    private static async Task<(int ExitCode, string Output)> RunOracleAsync(
        Uri host, JiraGenerationResult admin, bool write)
    {
        var script = SharedFiles.PathOf(Path.Combine("tools", "jira-js-oracle", "run.sh"));
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { script, "--host", host.GetLeftPart(
            UriPartial.Authority), "--email", admin.AdminEmail, "--token", admin.AdminToken })
        {
            start.ArgumentList.Add(arg);
        }

        if (write)
        {
            start.ArgumentList.Add("--write");
        }

        // A stable folder keeps the installed jira.js between runs.
        start.Environment["ORACLE_DIR"] = Path.Combine(Path.GetTempPath(), "jira-js-oracle-fakes");
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
