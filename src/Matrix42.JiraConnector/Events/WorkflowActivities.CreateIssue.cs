using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira.Jql;
using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Events;

/// <content>Create Jira issue.</content>
public sealed partial class WorkflowActivities
{
    /// <summary>
    /// Creates a Jira issue from the card and writes its key and id back. Needs project, issue type and summary
    /// plus whatever the create metadata requires; nothing is created when the card already holds an issue id.
    /// </summary>
    /// <param name="request">The task and card.</param>
    /// <param name="cancellationToken">Cancels the activity.</param>
    /// <returns>
    /// The outcome; <see cref="ActivityStatus.OutcomeUnknown"/> when the create answer was lost and the issue could
    /// not be found by its marker in time (the activity never creates a second issue on its own).
    /// </returns>
    /// <exception cref="ArgumentException">The task does not exist or the request names no card.</exception>
    public Task<ActivityOutcome> CreateIssueAsync(
        ActivityRequest request, CancellationToken cancellationToken = default) =>
        RunAsync("CreateIssue", request, membership: false, CreateIssueCoreAsync, cancellationToken);

    private async Task<ActivityOutcome> CreateIssueCoreAsync(
        ActivityContext context, CancellationToken cancellationToken)
    {
        var writeBack = context.Task.WriteBack;
        if ((context.TextOf(writeBack.IssueIdAttribute) ?? context.TextOf(writeBack.IssueKeyAttribute)) is { } held)
        {
            return ActivityOutcome.Completed($"The card already holds issue {held}; nothing was created.",
                values: new Dictionary<string, string> { ["issueId"] = held });
        }

        var fields = WriteMapOf(context).Write(context.Values, JiraWriteMode.Create).Fields;

        // A status is reached by transitions, never set on create.
        fields.Remove("status");
        var project = IdentityOf(fields["project"]);
        var issueType = IdentityOf(fields["issuetype"]);
        var missing = new List<string>();
        AddIfMissing(missing, "project", project);
        AddIfMissing(missing, "issuetype", issueType);
        AddIfMissing(missing, "summary", (string?)(fields["summary"] as JsonValue));
        if (missing.Count > 0)
        {
            throw new ActivityInputException(
                $"Cannot create the issue: no value for {string.Join(", ", missing)} (task '{context.Task.Name}').");
        }

        var marker = await PrepareCreateAsync(context, fields, project!, issueType!, cancellationToken)
            .ConfigureAwait(false);
        var created = await CreateOrFindAsync(context, fields, marker, cancellationToken).ConfigureAwait(false);
        if (created is null)
        {
            return ActivityOutcome.Unknown(
                "Outcome unknown: Jira did not answer the create and no issue carrying the card's marker was found. " +
                "Check Jira before running the activity again.");
        }

        try
        {
            await WriteBackAsync(context,
                [(writeBack.IssueIdAttribute, created.Value.Id), (writeBack.IssueKeyAttribute, created.Value.Key)],
                cancellationToken).ConfigureAwait(false);
        }
        catch (EsmApiException ex)
        {
            // Said plainly, because the next run would not know the issue exists and could create another one.
            return ActivityOutcome.Failed(
                $"Created issue {created.Value.Key}, but writing it back to the card failed: {ex.Message}");
        }

        await RememberSentAsync(context, fields, null, cancellationToken).ConfigureAwait(false);
        return ActivityOutcome.Completed($"Created issue {created.Value.Key}.",
            values: new Dictionary<string, string>
            {
                ["issueId"] = created.Value.Id, ["issueKey"] = created.Value.Key,
            });
    }

    private async Task<string?> PrepareCreateAsync(
        ActivityContext context, JsonObject fields, string project, string issueType,
        CancellationToken cancellationToken)
    {
        string? typeId = null;
        await foreach (var type in _jira.Metadata.GetCreatableIssueTypesAsync(project, cancellationToken)
                           .ConfigureAwait(false))
        {
            if (string.Equals(type.Id, issueType, StringComparison.Ordinal) ||
                string.Equals(type.Name, issueType, StringComparison.OrdinalIgnoreCase))
            {
                typeId = type.Id;
            }
        }

        if (typeId is null)
        {
            throw new ActivityInputException($"Issues of type '{issueType}' cannot be created in project '{project}'.");
        }

        var screen = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        await foreach (var meta in _jira.Metadata.GetCreateFieldsAsync(project, typeId, cancellationToken)
                           .ConfigureAwait(false))
        {
            var id = meta.FieldId ?? meta.Key ?? string.Empty;
            screen.Add(id);
            if (meta.Required && !meta.HasDefaultValue && fields[id] is null)
            {
                missing.Add(meta.Name is null ? id : $"{meta.Name} ({id})");
            }
        }

        if (missing.Count > 0)
        {
            throw new ActivityInputException(
                $"Jira requires {string.Join(", ", missing)} for '{issueType}' issues in project '{project}', " +
                "but the card gives no value.");
        }

        return AddMarker(context, fields, screen);
    }

    private string? AddMarker(ActivityContext context, JsonObject fields, HashSet<string> screen)
    {
        var cardId = context.Card.DataCardId;
        if (_options.CorrelationFieldId is { } markerField && screen.Contains(markerField))
        {
            fields[markerField] = cardId;
            return $"{Jql.Field(markerField)} = {Jql.Quote(cardId)}";
        }

        if (!screen.Contains("labels"))
        {
            return null;
        }

        var label = _options.CorrelationLabelPrefix + cardId;
        var labels = fields["labels"] as JsonArray ?? [];
        if (!labels.Any(l => (string?)l == label))
        {
            labels.Add(label);
        }

        fields["labels"] = labels;
        return $"labels = {Jql.Quote(label)}";
    }

    private static string? IdentityOf(JsonNode? node) => node switch
    {
        JsonObject o => (string?)(o["key"] ?? o["id"] ?? o["name"]),
        JsonValue v => v.ToString(),
        _ => null,
    };

    private static void AddIfMissing(List<string> missing, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            missing.Add(field);
        }
    }
}
