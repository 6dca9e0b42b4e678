using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>Issue rendering: the <c>IssueBean</c> shape with the requested fields and expansions.</summary>
internal sealed partial class JiraRenderer
{
    /// <summary>Search and bulk fetch embed at most this many comments and changelog entries per issue.</summary>
    public const int EmbeddedLimit = 20;

    public JsonObject Issue(
        JiraIssue issue,
        FieldSelection fields,
        ISet<string>? expand = null,
        IEnumerable<string>? properties = null,
        bool embedded = false)
    {
        var json = new JsonObject
        {
            ["expand"] = "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations",
            ["id"] = JiraSite.IdText(issue.Id),
            ["self"] = $"{Api}/issue/{issue.Id}",
            ["key"] = issue.Key,
        };
        var fieldsJson = new JsonObject();
        foreach (var field in site.Fields)
        {
            if (fields.Includes(field.Id))
            {
                fieldsJson[field.Id] = FieldValue(issue, field.Id, embedded);
            }
        }

        if (fieldsJson.Count > 0 || !fields.IdsOnly)
        {
            json["fields"] = fieldsJson;
        }

        AddExpansions(json, issue, fields, expand, embedded);
        AddProperties(json, issue, properties);
        return json;
    }

    public JsonNode? FieldValue(JiraIssue issue, string fieldId, bool embedded = false) => fieldId switch
    {
        "summary" => issue.Summary,
        "description" => issue.Description?.DeepClone(),
        "project" => Project(issue.Project),
        "issuetype" => IssueType(issue.IssueType),
        "status" => Status(issue.Status),
        "priority" => issue.Priority is null ? null : Priority(issue.Priority),
        "resolution" => issue.Resolution is null ? null : Resolution(issue.Resolution),
        "resolutiondate" => issue.ResolutionDate is { } resolved ? Date(resolved) : null,
        "assignee" => UserRef(issue.AssigneeId, issue.RawAssignee),
        "reporter" => UserRef(issue.ReporterId, issue.RawReporter),
        "labels" => new JsonArray([.. issue.Labels.Select(l => (JsonNode)l)]),
        "created" => Date(issue.Created),
        "updated" => Date(issue.Updated),
        "comment" => CommentPage(issue, embedded),
        _ => issue.GetExtra(fieldId)?.DeepClone(),
    };

    private JsonObject CommentPage(JiraIssue issue, bool embedded)
    {
        var all = issue.Comments ?? [];
        var shown = embedded ? all.TakeLast(EmbeddedLimit).ToList() : all;
        var comments = new JsonArray();
        foreach (var comment in shown)
        {
            comments.Add(Comment(issue, comment));
        }

        return new JsonObject
        {
            ["comments"] = comments,
            ["self"] = $"{Api}/issue/{issue.Id}/comment",
            ["maxResults"] = shown.Count,
            ["total"] = all.Count,
            ["startAt"] = all.Count - shown.Count,
        };
    }

    private void AddExpansions(
        JsonObject json, JiraIssue issue, FieldSelection fields, ISet<string>? expand, bool embedded)
    {
        if (expand is null || expand.Count == 0)
        {
            return;
        }

        AddNamesAndSchema(json, fields, expand);

        if (expand.Contains("changelog"))
        {
            var all = issue.Changes ?? [];
            var shown = embedded ? all.TakeLast(EmbeddedLimit).ToList() : all;
            json["changelog"] = new JsonObject
            {
                ["startAt"] = 0,
                ["maxResults"] = shown.Count,
                ["total"] = all.Count,
                ["histories"] = new JsonArray([.. shown.Select(c => (JsonNode)Change(c))]),
            };
        }

        if (expand.Contains("transitions"))
        {
            json["transitions"] = new JsonArray([.. site.Transitions
                .Where(t => t.AppliesFrom(issue.Status.Id))
                .Select(t => (JsonNode)Transition(t, withFields: false))]);
        }
    }

    private static void AddProperties(JsonObject json, JiraIssue issue, IEnumerable<string>? keys)
    {
        var wanted = keys?.ToList();
        if (wanted is null || wanted.Count == 0)
        {
            return;
        }

        var properties = new JsonObject();
        foreach (var key in wanted)
        {
            if (issue.Properties?.TryGetValue(key, out var value) == true)
            {
                properties[key] = value?.DeepClone();
            }
        }

        json["properties"] = properties;
    }

    /// <summary>Adds <c>names</c> and <c>schema</c> of the selected fields when the expansion asks for them.</summary>
    public void AddNamesAndSchema(JsonObject json, FieldSelection fields, ISet<string> expand)
    {
        if (!expand.Contains("names") && !expand.Contains("schema"))
        {
            return;
        }

        var names = new JsonObject();
        var schema = new JsonObject();
        foreach (var field in site.Fields.Where(f => fields.Includes(f.Id)))
        {
            names[field.Id] = field.Name;
            schema[field.Id] = Field(field)["schema"]!.DeepClone();
        }

        if (expand.Contains("names"))
        {
            json["names"] = names;
        }

        if (expand.Contains("schema"))
        {
            json["schema"] = schema;
        }
    }

    public JsonObject Transition(JiraTransition transition, bool withFields)
    {
        var target = site.Statuses.Find(s => s.Id == transition.ToStatusId)!;
        var json = new JsonObject
        {
            ["id"] = transition.Id,
            ["name"] = transition.Name,
            ["to"] = Status(target),
            ["hasScreen"] = transition.ScreenFields.Count > 0,
            ["isGlobal"] = transition.FromStatusIds.Count == 0,
            ["isInitial"] = false,
            ["isAvailable"] = true,
            ["isConditional"] = false,
        };
        if (withFields)
        {
            var fields = new JsonObject();
            foreach (var (fieldId, required) in transition.ScreenFields)
            {
                fields[fieldId] = FieldMeta(fieldId, required);
            }

            json["fields"] = fields;
        }

        return json;
    }

    /// <summary>The <c>FieldMetadata</c> shape used by create, edit and transition metadata.</summary>
    public JsonObject FieldMeta(string fieldId, bool required)
    {
        var field = site.FindField(fieldId);
        var meta = new JsonObject
        {
            ["required"] = required,
            ["schema"] = field is null ? new JsonObject { ["type"] = "any" } : Field(field)["schema"]!.DeepClone(),
            ["name"] = field?.Name ?? fieldId,
            ["key"] = fieldId,
            ["hasDefaultValue"] = false,
            ["operations"] = new JsonArray("set"),
        };
        var allowed = fieldId switch
        {
            "resolution" => site.Resolutions.Select(r => (JsonNode)Resolution(r)),
            "priority" => site.Priorities.Select(p => (JsonNode)Priority(p)),
            "issuetype" => site.IssueTypes.Select(t => (JsonNode)IssueType(t)),
            _ => null,
        };
        if (allowed is not null)
        {
            meta["allowedValues"] = new JsonArray([.. allowed]);
        }

        return meta;
    }
}
