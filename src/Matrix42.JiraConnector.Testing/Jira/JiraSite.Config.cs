using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>Adding configuration items: fields, projects and named items found by name on seeding.</summary>
internal sealed partial class JiraSite
{
    public void AddField(JiraField field)
    {
        if (FieldsById.TryAdd(field.Id, field))
        {
            Fields.Add(field);
        }
    }

    public JiraProject AddProject(string key, string name, string? id = null)
    {
        if (ProjectsByKey.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var project = new JiraProject { Id = id ?? NewConfigId(), Key = key.ToUpperInvariant(), Name = name };
        Projects[project.Id] = project;
        ProjectsByKey[project.Key] = project;
        return project;
    }

    public JiraNamed NamedOrAdd(List<JiraNamed> items, string? id, string? name)
    {
        // An id is authoritative: a seed naming id 10002 "Done" must not land on another "Done".
        var found = id is not null ? items.Find(x => x.Id == id) : name is null ? null : FindNamed(items, name);
        if (found is not null)
        {
            // A seed document describes the site, so its name for a known id wins.
            found.Name = name ?? found.Name;
            return found;
        }

        var added = new JiraNamed { Id = id ?? NewConfigId(), Name = name ?? id ?? "Unnamed" };
        items.Add(added);
        return added;
    }

    public JiraStatus StatusOrAdd(string? id, string? name, string? categoryKey)
    {
        var found = id is not null ? Statuses.Find(s => s.Id == id) : name is null ? null : FindStatus(name);
        if (found is not null)
        {
            found.Name = name ?? found.Name;
            found.CategoryKey = categoryKey ?? found.CategoryKey;
            return found;
        }

        var added = new JiraStatus { Id = id ?? NewConfigId(), Name = name ?? id ?? "Unnamed", CategoryKey = categoryKey
            ?? "new" };
        Statuses.Add(added);
        return added;
    }

    public JiraStatus InitialStatus => Statuses.Find(s => s.CategoryKey == "new") ?? Statuses[0];
}
