namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>
/// Lowers every logging category of the sample to Trace (so Debug too) the way an operator would: through the
/// process environment, which the host reads over <c>appsettings.json</c>. The sample's command line has no
/// logging option. The environment is process-wide, so tests using this run in the collection that runs alone.
/// </summary>
internal sealed class VerboseLogging : IDisposable
{
    // "Default" plus every category appsettings.json names, since a named category outranks the default.
    private static readonly string[] Variables =
    [
        "Logging__LogLevel__Default",
        "Logging__LogLevel__Microsoft.Hosting",
        "Logging__LogLevel__System.Net.Http.HttpClient",
        "Logging__LogLevel__Matrix42.JiraConnector.Sample",
        "Logging__LogLevel__Matrix42.JiraConnector.Hosting",
    ];

    private readonly Dictionary<string, string?> _previous = [];

    public VerboseLogging()
    {
        foreach (var variable in Variables)
        {
            _previous[variable] = Environment.GetEnvironmentVariable(variable);
            Environment.SetEnvironmentVariable(variable, "Trace");
        }
    }

    public void Dispose()
    {
        foreach (var (variable, value) in _previous)
        {
            Environment.SetEnvironmentVariable(variable, value);
        }
    }
}
