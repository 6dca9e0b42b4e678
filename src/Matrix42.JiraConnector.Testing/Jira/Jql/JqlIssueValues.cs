using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>
/// The values of an issue field as JQL compares them: a list of entities, each with the aliases an operand
/// may name it by (a project by key, id or name; an option by value or id).
/// </summary>
internal static class JqlIssueValues
{
    public static List<string[]> Entities(JiraIssue issue, JqlField field) => field.Kind switch
    {
        JqlFieldKind.Project => [[issue.Project.Key, issue.Project.Id, issue.Project.Name]],
        JqlFieldKind.Key => [[issue.Key, .. issue.FormerKeys ?? []]],
        JqlFieldKind.Status => [[issue.Status.Name, issue.Status.Id]],
        JqlFieldKind.IssueType => [[issue.IssueType.Name, issue.IssueType.Id]],
        JqlFieldKind.Assignee => issue.AssigneeId is null ? [] : [[issue.AssigneeId]],
        JqlFieldKind.Reporter => issue.ReporterId is null ? [] : [[issue.ReporterId]],
        JqlFieldKind.Labels => [.. issue.Labels.Select(l => new[] { l })],
        JqlFieldKind.Resolution => issue.Resolution is null ? [] : [[issue.Resolution.Name, issue.Resolution.Id]],
        JqlFieldKind.Priority => issue.Priority is null ? [] : [[issue.Priority.Name, issue.Priority.Id]],
        JqlFieldKind.Custom => Custom(issue.GetExtra(field.Custom!.Id)),
        _ => [],
    };

    public static DateTimeOffset? Date(JiraIssue issue, JqlField field, TimeZoneInfo zone)
    {
        switch (field.Kind)
        {
            case JqlFieldKind.Created:
                return issue.Created;
            case JqlFieldKind.Updated:
                return issue.Updated;
            case JqlFieldKind.ResolutionDate:
                return issue.ResolutionDate;
            default:
                break;
        }

        var text = issue.GetExtra(field.Custom!.Id) is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : null;
        if (field.Custom.SchemaType == "date"
            && DateTime.TryParseExact(
                text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day, zone.GetUtcOffset(day));
        }

        return JiraDates.TryParse(text, out var instant) ? instant : null;
    }

    private static List<string[]> Custom(JsonNode? value)
    {
        var result = new List<string[]>();
        foreach (var item in value is JsonArray array ? array : [value])
        {
            switch (item)
            {
                case null:
                    break;
                case JsonObject o:
                    result.Add(Aliases(o));
                    if (o["child"] is JsonObject child)
                    {
                        result.Add(Aliases(child));
                    }

                    break;
                default:
                    result.Add([item.ToString()]);
                    break;
            }
        }

        return result;
    }

    private static readonly string[] AliasProperties = ["value", "id", "accountId", "name", "key"];

    private static string[] Aliases(JsonObject o) =>
        [.. AliasProperties
            .Select(k => o[k] is JsonValue v ? v.ToString() : null)
            .OfType<string>()];
}
