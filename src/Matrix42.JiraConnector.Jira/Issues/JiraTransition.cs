namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// A transition available from the current status, with the fields of its screen. Ids differ
/// per workflow: pick a transition by name or target status every time.
/// </summary>
public sealed record JiraTransition
{
    private readonly IReadOnlyDictionary<string, JiraFieldMeta> _fields = new Dictionary<string, JiraFieldMeta>();

    /// <summary>The transition id.</summary>
    public string? Id { get; init; }

    /// <summary>The transition name, such as <c>Resolve</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The status the issue moves to.</summary>
    public JiraStatus? To { get; init; }

    /// <summary>Whether the transition has a screen (only then may fields be sent).</summary>
    public bool HasScreen { get; init; }

    /// <summary>Whether the transition can be performed now.</summary>
    public bool IsAvailable { get; init; }

    /// <summary>The fields of the transition screen by field id; default empty.</summary>
    public IReadOnlyDictionary<string, JiraFieldMeta> Fields
    {
        get => _fields;
        init => _fields = value ?? new Dictionary<string, JiraFieldMeta>();
    }
}
