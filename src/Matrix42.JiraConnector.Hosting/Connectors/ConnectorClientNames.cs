namespace Matrix42.JiraConnector.Hosting.Connectors;

/// <summary>The connector ids whose clients were registered, filled while the services are configured.</summary>
internal sealed class ConnectorClientNames
{
    private readonly List<string> _ids = [];

    public IReadOnlyList<string> Ids => _ids;

    public bool Contains(string id) => _ids.Contains(id, StringComparer.Ordinal);

    public bool TryAdd(string id)
    {
        if (Contains(id))
        {
            return false;
        }

        _ids.Add(id);
        return true;
    }
}
