namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>Sets process environment variables and removes the ones it set when disposed.</summary>
internal sealed class EnvironmentScope : IDisposable
{
    private readonly List<string> _names = [];

    /// <summary>Starts with the given variables set.</summary>
    public EnvironmentScope(IEnumerable<KeyValuePair<string, string>> initial)
    {
        foreach (var (name, value) in initial)
        {
            this[name] = value;
        }
    }

    public string this[string name]
    {
        set
        {
            _names.Add(name);
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    public void Dispose()
    {
        foreach (var name in _names)
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}
