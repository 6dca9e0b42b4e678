using System.Text.Json;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Reliability.Tests.Configuration;
using Matrix42.JiraConnector.Reliability.Tests.Sync;
using Matrix42.JiraConnector.Sync;
using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Reliability.Tests.Secrets;

/// <summary>
/// Canary secrets go through runs with debug logging, failures and an export; they must surface nowhere.
/// </summary>
public sealed class CanaryTests
{
    private const string ExportPassword = "export password 2026";

    [Fact]
    public async Task Runs_WithFailuresAndExport_NeverRevealTheCanaries()
    {
        var evidence = new List<string>();
        using var h = new FaultHarness();
        h.AddIssues(30, seed: 3);
        h.Jira.Faults.Add(FaultKind.ServiceUnavailable, probability: 0.2);
        h.Jira.Faults.Add(new FaultRule { Kind = FaultKind.HtmlErrorPage, HtmlStatus = 500, Probability = 0.1 });
        h.Esm.Faults.Add(new FaultRule { Kind = FaultKind.HtmlErrorPage, HtmlStatus = 500, Probability = 0.1 });
        evidence.AddRange(await RunAndDescribeAsync(h));

        h.Jira.Faults.Clear();
        h.Esm.Faults.Clear();
        h.Esm.InvalidateTokens();
        evidence.AddRange(await RunAndDescribeAsync(h));

        // The site no longer accepts the canary token: every Jira call is a 401.
        using var refused = new FaultHarness(jiraServerToken: "another-token");
        refused.AddIssues(3, seed: 4);
        evidence.AddRange(await RunAndDescribeAsync(refused));

        evidence.AddRange(h.Logs.Lines);
        evidence.AddRange(refused.Logs.Lines);
        evidence.Add(h.JiraOptions.ToString());
        evidence.Add(h.EsmOptions.ToString());
        evidence.Add(h.JiraClient.ToString() ?? "");
        evidence.Add(h.EsmClient.ToString() ?? "");
        evidence.AddRange(ConfigurationEvidence());

        Assert.Contains(h.Logs.Lines, l => l.StartsWith("Debug", StringComparison.Ordinal));
        Assert.Contains(h.Logs.Lines, l => l.Contains("Retrying", StringComparison.Ordinal));
        Assert.Contains(h.Logs.Lines, l => l.Contains("logging in again", StringComparison.Ordinal));
        Assert.Contains(refused.Logs.Lines, l => l.Contains("401", StringComparison.Ordinal));
        string[] canaries = [FaultHarness.JiraToken, FaultHarness.EsmPassword, Basic(FaultHarness.JiraToken)];
        foreach (var canary in canaries)
        {
            var leaks = evidence.Where(e => e.Contains(canary, StringComparison.Ordinal)).ToList();
            Assert.True(leaks.Count == 0, $"'{canary}' appears in:\n" + string.Join("\n", leaks.Take(3)));
        }
    }

    private static async Task<List<string>> RunAndDescribeAsync(FaultHarness h)
    {
        var found = new List<string>();
        try
        {
            var result = await h.RunAsync();
            found.Add(result.ToString());
            found.Add(JsonSerializer.Serialize(result.Record));
            found.AddRange(result.Record.Errors.Select(e => e.ToString()));
        }
        catch (Exception ex)
        {
            found.Add(ex.ToString());
        }

        foreach (var record in await h.Store.GetRunsAsync("task-1", 0, 10))
        {
            found.Add(JsonSerializer.Serialize(record));
        }

        return found;
    }

    private static IEnumerable<string> ConfigurationEvidence()
    {
        var document = HostileConfiguration.Valid();
        var connector = document.Connector();
        connector.Jira.ApiToken = SecretValue.FromInline(FaultHarness.JiraToken);
        connector.Esm.WebApiPassword = SecretValue.FromInline(FaultHarness.EsmPassword);
        yield return connector.Jira.ApiToken.ToString();
        yield return connector.Esm.WebApiPassword.ToString();
        yield return connector.ToString() ?? "";
        yield return connector.Jira.ToString() ?? "";
        yield return connector.Esm.ToString() ?? "";

        var exported = ConnectorConfigurationSerializer.ToJson(ConfigurationExport.Seal(document, ExportPassword));
        yield return exported;

        // A broken import must not echo the secret either.
        var tampered = ConnectorConfigurationSerializer.FromJson(exported);
        tampered.Connectors[0].Esm.WebApiPassword!.Sealed = tampered.Connectors[0].Jira.ApiToken!.Sealed;
        yield return Record.Exception(() => ConfigurationExport.Unseal(tampered, ExportPassword))?.ToString() ?? "";
        yield return Record.Exception(
            () => ConfigurationExport.Unseal(tampered, "wrong password 2026"))?.ToString() ?? "";
    }

    private static string Basic(string token) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("sync@example.test:" + token));
}
