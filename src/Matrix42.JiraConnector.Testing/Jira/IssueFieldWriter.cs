using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>
/// Applies a <c>fields</c> object to an issue the way Jira validates it. In lenient mode (seeding from
/// documents) it also accepts read-only fields, v2 strings and unknown fields, and creates configuration
/// items it finds by name.
/// </summary>
internal sealed class IssueFieldWriter(JiraSite site, bool lenient)
{
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public List<JiraChangeItem> Changes { get; } = [];

    public void Apply(JiraIssue issue, JsonObject fields)
    {
        foreach (var (fieldId, value) in fields)
        {
            ApplyOne(issue, fieldId, value);
        }
    }

    private void ApplyOne(JiraIssue issue, string fieldId, JsonNode? value)
    {
        switch (fieldId)
        {
            case "project":
            case "issuekey":
            case "comment":
                return;
            case "summary":
                SetSummary(issue, value);
                return;
            case "description":
                SetDescription(issue, value);
                return;
            case "issuetype":
                SetNamed(issue, fieldId, value, site.IssueTypes, (i, v) => i.IssueType = v!, i =>
                    i.IssueType, required: true);
                return;
            case "priority":
                SetNamed(issue, fieldId, value, site.Priorities, (i, v) => i.Priority = v, i =>
                    i.Priority, required: false);
                return;
            case "resolution":
                SetNamed(issue, fieldId, value, site.Resolutions, (i, v) => i.Resolution = v, i =>
                    i.Resolution, required: false);
                issue.ResolutionDate = issue.Resolution is null ? null : issue.ResolutionDate ?? site.Now;
                return;
            case "assignee":
                SetUser(issue, fieldId, value);
                return;
            case "reporter":
                SetUser(issue, fieldId, value);
                return;
            case "labels":
                SetLabels(issue, value);
                return;
            default:
                break;
        }

        if (lenient && SetReadOnly(issue, fieldId, value))
        {
            return;
        }

        SetOther(issue, fieldId, value);
    }

    private void SetSummary(JiraIssue issue, JsonNode? value)
    {
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            Errors["summary"] = "You must specify a summary of the issue.";
            return;
        }

        if (!lenient
            && (text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)))
        {
            Errors["summary"] = "The summary is invalid because it contains newline characters.";
            return;
        }

        if (!lenient && text.Length > 255)
        {
            Errors["summary"] = "Summary must be less than 255 characters.";
            return;
        }

        Record("summary", "summary", null, issue.Summary, null, text);
        issue.Summary = text;
    }

    private void SetDescription(JiraIssue issue, JsonNode? value)
    {
        var isAdf = value is JsonObject o && (string?)o["type"] == "doc";
        var isText = value is JsonValue v && v.GetValueKind() == JsonValueKind.String;
        if (value is not null && !isAdf && !(lenient && isText))
        {
            Errors["description"] = "Operation value must be an Atlassian Document (see the Atlassian Document Format)";
            return;
        }

        Record("description", "description", null, AdfText.Plain(issue.Description), null, AdfText.Plain(value));
        issue.Description = value?.DeepClone();
    }

    private void SetNamed(
        JiraIssue issue,
        string fieldId,
        JsonNode? value,
        List<JiraNamed> items,
        Action<JiraIssue, JiraNamed?> set,
        Func<JiraIssue, JiraNamed?> get,
        bool required)
    {
        if (value is null)
        {
            if (required)
            {
                Errors[fieldId] = $"Specify a valid value for {fieldId}.";
                return;
            }

            Record(fieldId, fieldId, get(issue)?.Id, get(issue)?.Name, null, null);
            set(issue, null);
            return;
        }

        var id = (string?)(value["id"] as JsonValue);
        var name = (string?)(value["name"] as JsonValue);
        var found = lenient ? site.NamedOrAdd(items, id, name) : JiraSite.FindNamed(items, id ?? name);
        if (found is null)
        {
            Errors[fieldId] = id is not null
                ? $"Specify a valid '{fieldId}' id" : $"Specify a valid value for {fieldId}.";
            return;
        }

        Record(fieldId, fieldId, get(issue)?.Id, get(issue)?.Name, found.Id, found.Name);
        set(issue, found);
    }

    private void SetUser(JiraIssue issue, string fieldId, JsonNode? value)
    {
        var accountId = value is JsonObject o ? (string?)o["accountId"] ?? (string?)o["id"] : null;
        var old = fieldId == "assignee" ? issue.AssigneeId : issue.ReporterId;
        string? newId = null;
        JsonNode? raw = null;
        if (value is not null)
        {
            if (accountId is not null && site.FindUser(accountId) is not null)
            {
                newId = accountId;
            }
            else if (lenient && value is JsonObject)
            {
                raw = value.DeepClone();
            }
            else
            {
                Errors[fieldId] = accountId is null
                    ? $"Specify the user by accountId for {fieldId}."
                    : $"User '{accountId}' does not exist.";
                return;
            }
        }

        Record(fieldId, fieldId, old, site.FindUser(old)?.DisplayName, newId, site.FindUser(newId)?.DisplayName);
        if (fieldId == "assignee")
        {
            (issue.AssigneeId, issue.RawAssignee) = (newId, raw);
        }
        else
        {
            (issue.ReporterId, issue.RawReporter) = (newId, raw);
        }
    }

    private void SetLabels(JiraIssue issue, JsonNode? value)
    {
        if (value is not null && value is not JsonArray)
        {
            Errors["labels"] = "Operation value must be an array of strings.";
            return;
        }

        var labels = new List<string>();
        foreach (var item in value as JsonArray ?? [])
        {
            var label = item is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (string.IsNullOrEmpty(label) || label.Contains(' ', StringComparison.Ordinal))
            {
                Errors["labels"] = "The label must be a non-empty text without spaces.";
                return;
            }

            labels.Add(label);
        }

        Record("labels", "labels", null, string.Join(' ', issue.Labels), null, string.Join(' ', labels));
        issue.Labels = [.. labels];
    }

    private bool SetReadOnly(JiraIssue issue, string fieldId, JsonNode? value)
    {
        var text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        switch (fieldId)
        {
            case "status":
                var id = (string?)(value?["id"] as JsonValue);
                var name = (string?)(value?["name"] as JsonValue);
                var category = (string?)(value?["statusCategory"]?["key"] as JsonValue);
                issue.Status = site.StatusOrAdd(id, name, category);
                return true;
            case "created" when JiraDates.TryParse(text, out var created):
                issue.Created = created;
                return true;
            case "updated" when JiraDates.TryParse(text, out var updated):
                issue.Updated = updated;
                return true;
            case "resolutiondate":
                issue.ResolutionDate = JiraDates.TryParse(text, out var resolved) ? resolved : null;
                return true;
            default:
                return false;
        }
    }

    private void SetOther(JiraIssue issue, string fieldId, JsonNode? value)
    {
        var field = site.FindField(fieldId);
        if (field is null || field.Id != fieldId)
        {
            if (!lenient)
            {
                Errors[fieldId] = $"Field '{fieldId}' cannot be set. It is not on the appropriate screen, or unknown.";
                return;
            }

            field = RegisterFromValue(fieldId, value);
        }

        if (!lenient && value is not null && ShapeError(field, value) is { } problem)
        {
            Errors[fieldId] = problem;
            return;
        }

        var old = issue.GetExtra(fieldId);
        Record(field.Name, fieldId, null, ValueText(old), null, ValueText(value));
        issue.Extra ??= new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        issue.Extra[fieldId] = value?.DeepClone();
    }

    private JiraField RegisterFromValue(string fieldId, JsonNode? value)
    {
        var kind = value?.GetValueKind();
        var type = kind switch
        {
            JsonValueKind.Number => "number",
            JsonValueKind.Array => "array",
            JsonValueKind.Object => "any",
            _ => "string",
        };
        var custom = fieldId.StartsWith("customfield_", StringComparison.Ordinal);
        var field = new JiraField { Id = fieldId, Name = fieldId, Custom = custom, SchemaType = type,
            SchemaName = fieldId };
        site.AddField(field);
        return field;
    }

    private static string? ShapeError(JiraField field, JsonNode value)
    {
        var kind = value.GetValueKind();
        return field.SchemaType switch
        {
            "number" when kind != JsonValueKind.Number => "Operation value must be a number.",
            "string" when kind is not (JsonValueKind.String or JsonValueKind.Object) =>
                "Operation value must be a string.",
            "date" when kind != JsonValueKind.String || !DateOnly.TryParseExact(
                value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) =>
                "Error parsing date string: use yyyy-MM-dd.",
            "datetime" when kind != JsonValueKind.String || !JiraDates.TryParse(value.GetValue<string>(), out _) =>
                "Error parsing date-time string.",
            "array" when kind != JsonValueKind.Array => "Operation value must be an array.",
            "option" or "option-with-child" or "user" when kind != JsonValueKind.Object =>
                "Operation value must be an object.",
            _ => null,
        };
    }

    private static string? ValueText(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonObject o when o["value"] is JsonValue inner => inner.ToString(),
        _ => value.ToJsonString(),
    };

    private void Record(string field, string fieldId, string? from, string? fromText, string? to, string? toText)
    {
        if (from != to || fromText != toText)
        {
            Changes.Add(new JiraChangeItem(field, fieldId, from, fromText, to, toText));
        }
    }
}
