using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>
/// Renders the compact model in Jira's response shapes, page by page, with <c>self</c> links on the address
/// the caller used and timestamps in the caller's time zone, as Jira renders them.
/// </summary>
internal sealed partial class JiraRenderer(JiraSite site, string baseUrl, TimeZoneInfo zone)
{
    public JiraSite Site => site;

    public string Api => baseUrl + "/rest/api/3";

    public string Date(DateTimeOffset instant) => JiraDates.Format(instant, zone);

    /// <summary>A user in the <c>User</c> shape (<paramref name="full"/>) or the smaller <c>UserDetails</c>
    /// shape.</summary>
    public JsonObject User(JiraUser user, bool full = false)
    {
        var json = new JsonObject
        {
            ["self"] = $"{Api}/user?accountId={Uri.EscapeDataString(user.AccountId)}",
            ["accountId"] = user.AccountId,
            ["accountType"] = user.AccountType,
        };
        if (user.Email is not null && user.EmailVisible)
        {
            json["emailAddress"] = user.Email;
        }

        json["avatarUrls"] = Avatars($"{baseUrl}/avatar/{Uri.EscapeDataString(user.AccountId)}");
        json["displayName"] = user.DisplayName;
        json["active"] = user.Active;
        if (user.TimeZone is not null)
        {
            json["timeZone"] = user.TimeZone;
        }

        if (full)
        {
            json["locale"] = user.Locale;
        }

        return json;
    }

    /// <summary>A user reference by account id, or <see langword="null"/> when the account is unknown.</summary>
    public JsonNode? UserRef(string? accountId, JsonNode? raw) =>
        site.FindUser(accountId) is { } user ? User(user) : raw?.DeepClone();

    public JsonObject Group(JiraGroup group) => new()
    {
        ["name"] = group.Name,
        ["groupId"] = group.GroupId,
        ["self"] = $"{Api}/group?groupId={group.GroupId}",
    };

    public JsonObject Project(JiraProject project) => new()
    {
        ["self"] = $"{Api}/project/{project.Id}",
        ["id"] = project.Id,
        ["key"] = project.Key,
        ["name"] = project.Name,
        ["projectTypeKey"] = project.ProjectTypeKey,
        ["simplified"] = false,
        ["avatarUrls"] = Avatars($"{baseUrl}/project-avatar/{project.Id}"),
    };

    public JsonObject IssueType(JiraNamed type) => new()
    {
        ["self"] = $"{Api}/issuetype/{type.Id}",
        ["id"] = type.Id,
        ["description"] = type.Description,
        ["iconUrl"] = $"{baseUrl}/icons/issuetype/{type.Id}.svg",
        ["name"] = type.Name,
        ["subtask"] = type.Subtask,
        ["hierarchyLevel"] = type.Subtask ? -1 : 0,
    };

    public JsonObject Status(JiraStatus status) => new()
    {
        ["self"] = $"{Api}/status/{status.Id}",
        ["description"] = string.Empty,
        ["iconUrl"] = $"{baseUrl}/icons/status/{status.Id}.png",
        ["name"] = status.Name,
        ["id"] = status.Id,
        ["statusCategory"] = StatusCategory(status.CategoryKey),
    };

    public JsonObject StatusCategory(string key)
    {
        var (id, color, name) = key switch
        {
            "done" => (3, "green", "Done"),
            "indeterminate" => (4, "yellow", "In Progress"),
            _ => (2, "blue-gray", "To Do"),
        };
        return new JsonObject
        {
            ["self"] = $"{Api}/statuscategory/{id}",
            ["id"] = id,
            ["key"] = key,
            ["colorName"] = color,
            ["name"] = name,
        };
    }

    public JsonObject Priority(JiraNamed priority) => new()
    {
        ["self"] = $"{Api}/priority/{priority.Id}",
        ["iconUrl"] = $"{baseUrl}/icons/priorities/{priority.Id}.svg",
        ["name"] = priority.Name,
        ["id"] = priority.Id,
    };

    public JsonObject Resolution(JiraNamed resolution) => new()
    {
        ["self"] = $"{Api}/resolution/{resolution.Id}",
        ["id"] = resolution.Id,
        ["description"] = resolution.Description,
        ["name"] = resolution.Name,
    };

    public JsonObject Comment(JiraIssue issue, JiraComment comment)
    {
        var json = new JsonObject
        {
            ["self"] = $"{Api}/issue/{issue.Id}/comment/{comment.Id}",
            ["id"] = JiraSite.IdText(comment.Id),
        };
        if (UserRef(comment.AuthorId, comment.RawAuthor) is { } author)
        {
            json["author"] = author;
            json["updateAuthor"] = author.DeepClone();
        }

        json["body"] = comment.Body?.DeepClone();
        json["created"] = Date(comment.Created);
        json["updated"] = Date(comment.Updated);
        if (comment.Visibility is var (type, value))
        {
            json["visibility"] = new JsonObject { ["type"] = type, ["value"] = value, ["identifier"] = value };
        }

        json["jsdPublic"] = comment.JsdPublic;
        return json;
    }

    public JsonObject Change(JiraChange change)
    {
        var items = new JsonArray();
        foreach (var item in change.Items)
        {
            items.Add(new JsonObject
            {
                ["field"] = item.Field,
                ["fieldtype"] = item.FieldId.StartsWith("customfield_", StringComparison.Ordinal) ? "custom" : "jira",
                ["fieldId"] = item.FieldId,
                ["from"] = item.From,
                ["fromString"] = item.FromText,
                ["to"] = item.To,
                ["toString"] = item.ToText,
            });
        }

        var json = new JsonObject { ["id"] = JiraSite.IdText(change.Id) };
        if (site.FindUser(change.AuthorId) is { } author)
        {
            json["author"] = User(author);
        }

        json["created"] = Date(change.Created);
        json["items"] = items;
        return json;
    }

    public static JsonObject Field(JiraField field)
    {
        var schema = new JsonObject { ["type"] = field.SchemaType };
        if (field.Items is not null)
        {
            schema["items"] = field.Items;
        }

        if (field.Custom)
        {
            schema["custom"] = field.SchemaName ?? "com.atlassian.jira.plugin.system.customfieldtypes:textfield";
            if (field.CustomId is { } customId)
            {
                schema["customId"] = customId;
            }
        }
        else
        {
            schema["system"] = field.SchemaName ?? field.Id;
        }

        var clauses = new JsonArray();
        clauses.Add(field.CustomId is { } n ? $"cf[{n}]" : field.Id);
        clauses.Add(field.Name);
        return new JsonObject
        {
            ["id"] = field.Id,
            ["key"] = field.Id,
            ["name"] = field.Name,
            ["custom"] = field.Custom,
            ["orderable"] = true,
            ["navigable"] = true,
            ["searchable"] = true,
            ["clauseNames"] = clauses,
            ["schema"] = schema,
        };
    }

    private static JsonObject Avatars(string prefix) => new()
    {
        ["48x48"] = prefix + "?size=48",
        ["24x24"] = prefix + "?size=24",
        ["16x16"] = prefix + "?size=16",
        ["32x32"] = prefix + "?size=32",
    };
}
