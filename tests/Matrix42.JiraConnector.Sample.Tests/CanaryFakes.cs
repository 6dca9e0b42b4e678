using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sample.Demo;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>
/// The demo's seeded fakes with an extra Jira account and ESM login whose secrets are the canaries, and the demo's
/// configuration written to a file that uses them. The fakes accept the canaries unless told to refuse them.
/// </summary>
internal sealed class CanaryFakes : IAsyncDisposable
{
    public const string JiraTokenVariable = "CANARY_JIRA_TOKEN";
    public const string EsmPasswordVariable = "CANARY_ESM_PASSWORD";

    private CanaryFakes(DemoEnvironment demo, CanarySource source, bool jiraAccepts, bool esmAccepts)
    {
        Demo = demo;
        Source = source;
        Folder = new TempFolder();
        // A refused secret is a site whose token was rotated or whose password was changed.
        demo.Jira.AddAccount(CanarySecrets.JiraEmail, jiraAccepts ? CanarySecrets.JiraToken : "rotated-token",
            isAdmin: true, displayName: "Canary connector", timeZone: "Europe/Berlin");
        demo.Esm.AddUser(CanarySecrets.EsmLogin, esmAccepts ? CanarySecrets.EsmPassword : "changed-password");
        Document = demo.Document;
        var connector = Document.Connectors[0];
        connector.Jira.Email = CanarySecrets.JiraEmail;
        connector.Esm.WebApiUser = CanarySecrets.EsmLogin;
        if (source == CanarySource.Inline)
        {
            connector.Jira.ApiToken = SecretValue.FromInline(CanarySecrets.JiraToken);
            connector.Esm.WebApiPassword = SecretValue.FromInline(CanarySecrets.EsmPassword);
        }
        else
        {
            connector.Jira.ApiToken = SecretValue.FromEnvironmentVariable(JiraTokenVariable);
            connector.Esm.WebApiPassword = SecretValue.FromEnvironmentVariable(EsmPasswordVariable);
        }

        ConfigPath = Folder.File("connector.json");
        WriteConfiguration();
    }

    public DemoEnvironment Demo { get; }

    public CanarySource Source { get; }

    public TempFolder Folder { get; }

    /// <summary>
    /// The document written to <see cref="ConfigPath"/>; change it and call <see cref="WriteConfiguration"/>.
    /// </summary>
    public ConnectorConfigurationDocument Document { get; }

    public string ConfigPath { get; }

    public string StateDirectory => Folder.File("state");

    /// <summary>What the program's environment lookup sees: the canaries when they come from the environment.</summary>
    public Dictionary<string, string> Environment => Source == CanarySource.Environment
        ? new() { [JiraTokenVariable] = CanarySecrets.JiraToken, [EsmPasswordVariable] = CanarySecrets.EsmPassword }
        : [];

    public static CanaryFakes Start(CanarySource source, bool jiraAccepts = true, bool esmAccepts = true) =>
        new(DemoEnvironment.Start(TimeProvider.System, userCount: 40), source, jiraAccepts, esmAccepts);

    public void WriteConfiguration() =>
        File.WriteAllText(ConfigPath, ConnectorConfigurationSerializer.ToJson(Document));

    public Task<SampleRun> RunAsync(params string[] args) =>
        SampleRun.StartAsync(Environment, ["--config", ConfigPath, "--state-dir", StateDirectory, .. args]);

    /// <summary>
    /// Every file the runs left in the test's folder (the report, <c>state.db</c> and its journal, the snapshots),
    /// except the configuration file, which holds an inline canary on purpose.
    /// </summary>
    public IReadOnlyList<string> FilesWritten() =>
        Directory.EnumerateFiles(Folder.Path, "*", SearchOption.AllDirectories)
            .Where(f => !string.Equals(f, ConfigPath, StringComparison.Ordinal))
            .ToList();

    public async ValueTask DisposeAsync()
    {
        await Demo.DisposeAsync();
        Folder.Dispose();
    }
}
