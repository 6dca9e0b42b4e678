using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Sample.Demo;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>
/// The demo's seeded fakes on loopback ports, with the demo's configuration written to a file whose secrets come
/// from environment variables, as a customer's file would.
/// </summary>
internal sealed class LoopbackFakes : IAsyncDisposable
{
    public const string JiraTokenVariable = "DEMO_JIRA_TOKEN";
    public const string EsmPasswordVariable = "DEMO_ESM_PASSWORD";

    private LoopbackFakes(DemoEnvironment demo, TempFolder folder)
    {
        Demo = demo;
        Folder = folder;
        var document = demo.Document;
        document.Connectors[0].Jira.ApiToken = SecretValue.FromEnvironmentVariable(JiraTokenVariable);
        document.Connectors[0].Esm.WebApiPassword = SecretValue.FromEnvironmentVariable(EsmPasswordVariable);
        ConfigPath = folder.File("connector.json");
        File.WriteAllText(ConfigPath, ConnectorConfigurationSerializer.ToJson(document));
    }

    public DemoEnvironment Demo { get; }

    public TempFolder Folder { get; }

    public string ConfigPath { get; }

    public Dictionary<string, string> Environment { get; } = new()
    {
        [JiraTokenVariable] = DemoJiraSite.AdminToken,
        [EsmPasswordVariable] = DemoEsmTenant.Password,
    };

    public static LoopbackFakes Start() =>
        new(DemoEnvironment.Start(TimeProvider.System, userCount: 60), new TempFolder());

    public Task<SampleRun> RunAsync(params string[] args) =>
        SampleRun.StartAsync(Environment, ["--config", ConfigPath, "--state-dir", Folder.File("state"), .. args]);

    public async ValueTask DisposeAsync()
    {
        await Demo.DisposeAsync();
        Folder.Dispose();
    }
}
