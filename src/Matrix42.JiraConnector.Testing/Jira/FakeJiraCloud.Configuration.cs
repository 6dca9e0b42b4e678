using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>Seeding projects, fields, statuses, workflow transitions, resolutions, priorities and issue
/// types.</summary>
public sealed partial class FakeJiraCloud
{
    /// <summary>Adds a project (or returns the existing one with that key).</summary>
    /// <param name="key">The project key, e.g. <c>OPS</c>.</param>
    /// <param name="name">The project name.</param>
    /// <param name="requiredFields">Field ids that creating an issue requires beyond project, type and summary.</param>
    /// <returns>The project id.</returns>
    public string AddProject(string key, string name, params string[] requiredFields)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(requiredFields);
        return Locked(() =>
        {
            var project = _site.AddProject(key, name);
            project.RequiredFields.UnionWith(requiredFields);
            return project.Id;
        });
    }

    /// <summary>
    /// Restricts who may browse a project: other accounts get 404 for its issues and see none of them in search,
    /// as Jira hides what a caller may not see. Administrators always see it.
    /// </summary>
    /// <param name="projectKey">The project key.</param>
    /// <param name="accountIds">The accounts that may browse it.</param>
    public void RestrictProject(string projectKey, params string[] accountIds)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        Locked(() =>
        {
            var project = _site.FindProject(projectKey)
                ?? throw new JiraError($"Project '{projectKey}' does not exist.");
            _site.ProjectBrowsers[project.Id] = new HashSet<string>(accountIds, StringComparer.Ordinal);
        });
    }

    /// <summary>Adds a custom field.</summary>
    /// <param name="name">The field name (not unique in Jira).</param>
    /// <param name="schemaType">The schema type: <c>string</c>, <c>number</c>, <c>date</c>, <c>datetime</c>,
    /// <c>option</c>, <c>option-with-child</c>, <c>user</c>, <c>array</c> or <c>any</c>.</param>
    /// <param name="items">For <c>array</c>: the item type, e.g. <c>string</c> or <c>option</c>.</param>
    /// <param name="customType">The custom type key, e.g.
    /// <c>com.atlassian.jira.plugin.system.customfieldtypes:textfield</c>.</param>
    /// <param name="fieldId">The id, e.g. <c>customfield_10050</c>; default the next free one.</param>
    /// <returns>The field id.</returns>
    public string AddCustomField(
        string name, string schemaType, string? items = null, string? customType = null, string? fieldId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(schemaType);
        return Locked(() =>
        {
            var id = fieldId ?? "customfield_" + (10000 + _site.Fields.Count(f => f.Custom) + 50);
            if (!id.StartsWith("customfield_", StringComparison.Ordinal) || _site.FieldsById.ContainsKey(id))
            {
                throw new JiraError($"The field id '{id}' is not a free customfield_N id.");
            }

            _site.AddField(new JiraField
            {
                Id = id, Name = name, Custom = true, SchemaType = schemaType, Items = items,
                SchemaName = customType ?? "com.atlassian.jira.plugin.system.customfieldtypes:" + schemaType,
            });
            return id;
        });
    }

    /// <summary>Adds a workflow status.</summary>
    /// <param name="name">The status name.</param>
    /// <param name="categoryKey">The category: <c>new</c>, <c>indeterminate</c> or <c>done</c>.</param>
    /// <returns>The status id.</returns>
    public string AddStatus(string name, string categoryKey = "indeterminate")
    {
        if (categoryKey is not ("new" or "indeterminate" or "done"))
        {
            throw new ArgumentException($"Unknown status category '{categoryKey}'.", nameof(categoryKey));
        }

        return Locked(() => _site.StatusOrAdd(null, name, categoryKey).Id);
    }

    /// <summary>Adds a workflow transition.</summary>
    /// <param name="name">The transition name.</param>
    /// <param name="toStatus">The target status name or id.</param>
    /// <param name="fromStatuses">Status names or ids it starts from; <see langword="null"/> or empty for a
    /// global transition.</param>
    /// <param name="requiredFields">Field ids its screen requires, e.g. <c>resolution</c>.</param>
    /// <param name="optionalFields">Field ids its screen offers without requiring them.</param>
    /// <returns>The transition id.</returns>
    public string AddTransition(
        string name,
        string toStatus,
        IEnumerable<string>? fromStatuses = null,
        IEnumerable<string>? requiredFields = null,
        IEnumerable<string>? optionalFields = null) => Locked(() =>
    {
        var to = _site.FindStatus(toStatus) ?? throw new JiraError($"Status '{toStatus}' does not exist.");
        var transition = new JiraTransition { Id = _site.NewConfigId(), Name = name, ToStatusId = to.Id };
        foreach (var from in fromStatuses ?? [])
        {
            transition.FromStatusIds.Add((_site.FindStatus(from)
                ?? throw new JiraError($"Status '{from}' does not exist.")).Id);
        }

        foreach (var field in optionalFields ?? [])
        {
            transition.ScreenFields[field] = false;
        }

        foreach (var field in requiredFields ?? [])
        {
            transition.ScreenFields[field] = true;
        }

        _site.Transitions.Add(transition);
        return transition.Id;
    });

    /// <summary>Adds a resolution.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The id.</returns>
    public string AddResolution(string name) => Locked(() => _site.NamedOrAdd(_site.Resolutions, null, name).Id);

    /// <summary>Adds a priority (after the existing ones, so it sorts lowest).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The id.</returns>
    public string AddPriority(string name) => Locked(() => _site.NamedOrAdd(_site.Priorities, null, name).Id);

    /// <summary>Adds an issue type.</summary>
    /// <param name="name">The name.</param>
    /// <param name="subtask">Whether it is a subtask type; default false.</param>
    /// <returns>The id.</returns>
    public string AddIssueType(string name, bool subtask = false) => Locked(() =>
    {
        var type = _site.NamedOrAdd(_site.IssueTypes, null, name);
        type.Subtask = subtask;
        return type.Id;
    });
}
