using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>
/// The state of one fake Jira site. Every read and write holds <see cref="Sync"/>, so requests and test code
/// may touch the site from any thread; requests are short, so one lock is simpler than finer ones and fast
/// enough for the sizes the generator produces.
/// </summary>
internal sealed partial class JiraSite
{
    public JiraSite(TimeProvider time)
    {
        Time = time;
        JiraSiteDefaults.Apply(this);
    }

    public Lock Sync { get; } = new();

    public TimeProvider Time { get; }

    public string DefaultTimeZone { get; set; } = "UTC";

    public Dictionary<string, JiraUser> Users { get; } = new(StringComparer.Ordinal);

    /// <summary>Users in the order they were added, which the user list endpoints page over.</summary>
    public List<JiraUser> UserOrder { get; } = [];

    public Dictionary<string, JiraUser> UsersByEmail { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, JiraGroup> Groups { get; } = new(StringComparer.Ordinal);

    /// <summary>Groups by name; Jira compares group names without regard to case.</summary>
    public SortedDictionary<string, JiraGroup> GroupsByName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, JiraProject> Projects { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JiraProject> ProjectsByKey { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Who may browse a project; a project without an entry is open to every signed-in account.</summary>
    public Dictionary<string, HashSet<string>> ProjectBrowsers { get; } = new(StringComparer.Ordinal);

    public List<JiraNamed> IssueTypes { get; } = [];

    public List<JiraStatus> Statuses { get; } = [];

    public List<JiraNamed> Resolutions { get; } = [];

    public List<JiraNamed> Priorities { get; } = [];

    public List<JiraTransition> Transitions { get; } = [];

    public List<JiraField> Fields { get; } = [];

    public Dictionary<string, JiraField> FieldsById { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<long, JiraIssue> Issues { get; } = [];

    public Dictionary<string, JiraIssue> IssuesByKey { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long a write stays invisible to search; zero turns eventual consistency off.</summary>
    public TimeSpan SearchIndexDelay { get; set; }

    /// <summary>How long an account or group created through the API stays out of the directory lists.</summary>
    public TimeSpan DirectoryIndexDelay { get; set; }

    /// <summary>Search page cap when only ids or keys are asked for (Jira documents 5000).</summary>
    public int SearchPageCapIdsOnly { get; set; } = 5000;

    /// <summary>Search page cap when fields are asked for.</summary>
    public int SearchPageCap { get; set; } = 100;

    /// <summary>Page cap of the bare-array user lists (the spec documents 1000).</summary>
    public int UserPageCap { get; set; } = 1000;

    public long NextIssueId { get; set; } = 10000;

    public long NextCommentId { get; set; } = 10000;

    public long NextChangeId { get; set; } = 10000;

    public long NextUserOrder { get; set; }

    public int NextConfigId { get; set; } = 20000;

    public DateTimeOffset Now => Time.GetUtcNow();

    public string NewConfigId() => (NextConfigId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public JiraUser? FindUser(string? accountId) =>
        accountId is not null && Users.TryGetValue(accountId, out var user) ? user : null;

    public JiraProject? FindProject(string? idOrKey) =>
        idOrKey is null ? null
        : Projects.TryGetValue(idOrKey, out var byId) ? byId
        : ProjectsByKey.GetValueOrDefault(idOrKey);

    public JiraIssue? FindIssue(string? idOrKey)
    {
        if (string.IsNullOrEmpty(idOrKey))
        {
            return null;
        }

        return long.TryParse(idOrKey, out var id)
            ? Issues.GetValueOrDefault(id) : IssuesByKey.GetValueOrDefault(idOrKey);
    }

    public JiraStatus? FindStatus(string? idOrName) =>
        Statuses.Find(s => s.Id == idOrName) ?? Statuses.Find(s => Same(s.Name, idOrName));

    public static JiraNamed? FindNamed(List<JiraNamed> items, string? idOrName) =>
        items.Find(x => x.Id == idOrName) ?? items.Find(x => Same(x.Name, idOrName));

    public JiraField? FindField(string? idOrName) =>
        idOrName is null ? null : FieldsById.GetValueOrDefault(idOrName) ?? Fields.Find(f => Same(f.Name, idOrName));

    public bool CanBrowse(JiraUser? caller, JiraProject project)
    {
        if (caller is null)
        {
            return false;
        }

        return !ProjectBrowsers.TryGetValue(project.Id, out var allowed) || caller.IsAdmin
            || allowed.Contains(caller.AccountId);
    }

    /// <summary>The time a new account or group joins the directory lists, or null for at once.</summary>
    public DateTimeOffset? DirectoryListedAt() =>
        DirectoryIndexDelay > TimeSpan.Zero ? Now + DirectoryIndexDelay : null;

    public bool IsListed(DateTimeOffset? listedAt) => listedAt is null || listedAt <= Now;

    public bool IsIndexed(JiraIssue issue) => issue.IndexedAt is null || issue.IndexedAt <= Now;

    /// <summary>Keeps the version search sees before a change, when eventual consistency is on.</summary>
    public void BeginWrite(JiraIssue issue)
    {
        if (SearchIndexDelay > TimeSpan.Zero && IsIndexed(issue))
        {
            issue.IndexedVersion = Snapshot(issue);
        }
    }

    /// <summary>The version of an issue search sees now: the current one, a stale one, or none.</summary>
    public JiraIssue? SearchView(JiraIssue issue)
    {
        if (!IsIndexed(issue))
        {
            return issue.IndexedVersion;
        }

        issue.IndexedVersion = null;
        return issue;
    }

    public void MarkWritten(JiraIssue issue) =>
        issue.IndexedAt = SearchIndexDelay > TimeSpan.Zero ? Now + SearchIndexDelay : null;

    private static bool Same(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
