using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>Creating, editing, moving, transitioning and deleting issues.</summary>
internal sealed partial class JiraSite
{
    public JiraIssue CreateIssue(
        JsonObject fields, string? reporterId, bool lenient, long? id = null, string? key = null)
    {
        var projectRef = fields["project"];
        var project = lenient && projectRef is null && key is not null
            ? AddProject(key[..Math.Max(1, key.LastIndexOf('-'))], key[..Math.Max(1, key.LastIndexOf('-'))])
            : FindProject((string?)projectRef?["id"] ?? (string?)projectRef?["key"]);
        if (project is null)
        {
            throw JiraError.Field("project", "Specify a valid project ID or key");
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (fields["issuetype"] is null && !lenient)
        {
            errors["issuetype"] = "Specify an issue type";
        }

        if (fields["summary"] is null)
        {
            errors["summary"] = "You must specify a summary of the issue.";
        }

        foreach (var required in project.RequiredFields.Where(f => fields[f] is null))
        {
            errors[required] = $"{FindField(required)?.Name ?? required} is required.";
        }

        var now = Now;
        var number = key is not null && int.TryParse(key.AsSpan(key.LastIndexOf('-') + 1), out var n)
            ? n : project.NextNumber;
        var issue = new JiraIssue
        {
            Id = id ?? NextIssueId,
            Key = key ?? $"{project.Key}-{number}",
            Project = project,
            IssueType = IssueTypes.Find(t => !t.Subtask) ?? IssueTypes[0],
            Status = InitialStatus,
            Created = now,
            Updated = now,
            ReporterId = reporterId,
            Priority = Priorities.Find(p => p.IsDefault),
        };

        var writer = new IssueFieldWriter(this, lenient);
        writer.Apply(issue, fields);
        foreach (var (field, message) in writer.Errors)
        {
            errors.TryAdd(field, message);
        }

        if (errors.Count > 0)
        {
            throw new JiraError(HttpStatusCode.BadRequest, string.Empty, errors);
        }

        if (Issues.ContainsKey(issue.Id) || IssuesByKey.ContainsKey(issue.Key))
        {
            throw new JiraError($"An issue with id {issue.Id} or key {issue.Key} already exists.");
        }

        Issues[issue.Id] = issue;
        IssuesByKey[issue.Key] = issue;
        NextIssueId = Math.Max(NextIssueId, issue.Id + 1);
        project.NextNumber = Math.Max(project.NextNumber, number + 1);
        MarkWritten(issue);
        return issue;
    }

    public void EditIssue(JiraIssue issue, JsonObject fields, string? authorId, bool lenient = false)
    {
        BeginWrite(issue);
        var writer = new IssueFieldWriter(this, lenient);
        var copy = (JsonObject)fields.DeepClone();
        if (!lenient)
        {
            foreach (var readOnly in new[] { "project", "status", "created", "updated", "resolutiondate" })
            {
                if (copy.ContainsKey(readOnly))
                {
                    writer.Errors[readOnly] =
                        $"Field '{readOnly}' cannot be set. It is not on the appropriate screen, or unknown.";
                    copy.Remove(readOnly);
                }
            }
        }

        // Validate on a scratch copy first, so a rejected edit changes nothing.
        var scratch = Snapshot(issue);
        writer.Apply(scratch, copy);
        if (writer.Errors.Count > 0)
        {
            throw new JiraError(HttpStatusCode.BadRequest, string.Empty, writer.Errors);
        }

        new IssueFieldWriter(this, lenient).Apply(issue, copy);
        Touch(issue, authorId, writer.Changes);
    }

    public void Touch(JiraIssue issue, string? authorId, List<JiraChangeItem> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var change = new JiraChange { Id = NextChangeId++, AuthorId = authorId, Created = Now };
        change.Items.AddRange(changes);
        (issue.Changes ??= []).Add(change);
        issue.Updated = Now;
        MarkWritten(issue);
    }

    public string MoveIssue(JiraIssue issue, JiraProject target, string? authorId)
    {
        BeginWrite(issue);
        var oldKey = issue.Key;
        var newKey = $"{target.Key}-{target.NextNumber++}";
        (issue.FormerKeys ??= []).Add(oldKey);
        issue.Project = target;
        issue.Key = newKey;
        IssuesByKey[newKey] = issue;
        Touch(issue, authorId, [new JiraChangeItem("Key", "issuekey", null, oldKey, null, newKey)]);
        return newKey;
    }

    public void DeleteIssue(JiraIssue issue)
    {
        Issues.Remove(issue.Id);
        IssuesByKey.Remove(issue.Key);
        foreach (var former in issue.FormerKeys ?? [])
        {
            IssuesByKey.Remove(former);
        }
    }

    public void Transition(JiraIssue issue, JiraTransition transition, JsonObject? fields, string? authorId)
    {
        BeginWrite(issue);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fieldId, value) in fields ?? [])
        {
            if (!transition.ScreenFields.ContainsKey(fieldId))
            {
                errors[fieldId] = $"Field '{fieldId}' cannot be set. It is not on the appropriate screen, or unknown.";
            }
        }

        foreach (var (fieldId, required) in transition.ScreenFields)
        {
            if (required && fields?[fieldId] is null)
            {
                errors[fieldId] = $"{FindField(fieldId)?.Name ?? fieldId} is required.";
            }
        }

        if (errors.Count > 0)
        {
            throw new JiraError(HttpStatusCode.BadRequest, string.Empty, errors);
        }

        var writer = new IssueFieldWriter(this, lenient: false);
        if (fields is not null)
        {
            writer.Apply(Snapshot(issue), fields);
            if (writer.Errors.Count > 0)
            {
                throw new JiraError(HttpStatusCode.BadRequest, string.Empty, writer.Errors);
            }

            writer.Changes.Clear();
            writer.Apply(issue, fields);
        }

        var target = Statuses.Find(s => s.Id == transition.ToStatusId) ?? issue.Status;
        writer.Changes.Add(new JiraChangeItem(
            "status", "status", issue.Status.Id, issue.Status.Name, target.Id, target.Name));
        issue.Status = target;
        if (target.CategoryKey != "done" && issue.Resolution is not null)
        {
            writer.Changes.Add(new JiraChangeItem(
                "resolution", "resolution", issue.Resolution.Id, issue.Resolution.Name, null, null));
            issue.Resolution = null;
            issue.ResolutionDate = null;
        }

        Touch(issue, authorId, writer.Changes);
    }

    public JiraComment AddComment(JiraIssue issue, JsonNode? body, string? authorId, (
        string, string)? visibility, bool jsdPublic = true)
    {
        BeginWrite(issue);
        var now = Now;
        var comment = new JiraComment
        {
            Id = NextCommentId++, AuthorId = authorId, Body = body?.DeepClone(), Created = now, Updated = now,
            Visibility = visibility, JsdPublic = jsdPublic,
        };
        (issue.Comments ??= []).Add(comment);
        issue.Updated = now;
        MarkWritten(issue);
        return comment;
    }

    public static string IdText(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static JiraIssue Snapshot(JiraIssue issue) => new()
    {
        Id = issue.Id, Key = issue.Key, Project = issue.Project, IssueType = issue.IssueType, Status = issue.Status,
        Resolution = issue.Resolution, Priority = issue.Priority, AssigneeId = issue.AssigneeId,
        ReporterId = issue.ReporterId, Summary = issue.Summary, Description = issue.Description,
        Labels = issue.Labels, Created = issue.Created, Updated = issue.Updated,
        Extra = issue.Extra is null ? null : new Dictionary<string, JsonNode?>(issue.Extra, StringComparer.Ordinal),
        ResolutionDate = issue.ResolutionDate, RawAssignee = issue.RawAssignee, RawReporter = issue.RawReporter,
        Comments = issue.Comments is null ? null : [.. issue.Comments],
        Changes = issue.Changes is null ? null : [.. issue.Changes],
        Properties = issue.Properties is null
            ? null
            : new Dictionary<string, JsonNode?>(issue.Properties, StringComparer.Ordinal),
        FormerKeys = issue.FormerKeys,
    };
}
