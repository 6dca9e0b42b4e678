using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Seeding;

/// <summary>
/// Seeds a site from documents in Jira's own response shapes: an issue, a search page, a user or user list,
/// a group list (<c>group/bulk</c>), a member page (<c>group/member</c>), a comment page and a transition list.
/// The shape is recognised from the document's properties.
/// </summary>
internal sealed class JiraSeeder(JiraSite site)
{
    public void Seed(JsonNode document, string? issueIdOrKey)
    {
        switch (document)
        {
            case JsonArray users:
                foreach (var user in users.OfType<JsonObject>())
                {
                    User(user);
                }

                break;
            case JsonObject o when o["issues"] is JsonArray issues:
                foreach (var issue in issues.OfType<JsonObject>())
                {
                    Issue(issue);
                }

                break;
            case JsonObject o when o["comments"] is JsonArray comments:
                new JiraCommentSeeder(site, this).Seed(comments, issueIdOrKey);
                break;
            case JsonObject o when o["transitions"] is JsonArray transitions:
                JiraTransitionSeeder.Seed(site, transitions);
                break;
            case JsonObject o when o["values"] is JsonArray values:
                Values(o, values);
                break;
            case JsonObject o when o["fields"] is JsonObject:
                Issue(o);
                break;
            case JsonObject o when o["accountId"] is not null:
                User(o);
                break;
            case JsonObject o when o["groupId"] is not null && o["name"] is not null:
                Group(o);
                break;
            default:
                throw new JiraError("The document is not in a Jira shape this fake can seed from.");
        }
    }

    /// <summary>Adds the account a document names, or returns the known one; <see langword="null"/> when it
    /// names no account id.</summary>
    public JiraUser? User(JsonObject? user)
    {
        var accountId = (string?)user?["accountId"];
        if (user is null || string.IsNullOrEmpty(accountId))
        {
            return null;
        }

        if (site.FindUser(accountId) is { } known)
        {
            return known;
        }

        var email = (string?)user["emailAddress"];
        return site.AddUser(new JiraUser
        {
            AccountId = accountId,
            DisplayName = (string?)user["displayName"] ?? string.Empty,
            Email = string.IsNullOrEmpty(email) ? null : email,
            AccountType = (string?)user["accountType"]
                ?? (accountId.StartsWith("qm:", StringComparison.Ordinal) ? "customer" : "atlassian"),
            Active = (bool?)user["active"] ?? true,
            TimeZone = (string?)user["timeZone"],
            Locale = (string?)user["locale"] ?? "en_US",
        });
    }

    public JiraIssue Issue(JsonObject document)
    {
        var fields = (JsonObject?)document["fields"]?.DeepClone() ?? [];
        var key = (string?)document["key"];
        long? id = long.TryParse((string?)document["id"], out var parsed) ? parsed : null;
        if (fields["project"] is JsonObject project && (string?)project["key"] is { } projectKey)
        {
            site.AddProject(projectKey, (string?)project["name"] ?? projectKey, (string?)project["id"]);
        }

        foreach (var userField in new[] { "assignee", "reporter", "creator" })
        {
            User(fields[userField] as JsonObject);
        }

        var comments = (fields["comment"] as JsonObject)?["comments"] as JsonArray;
        fields.Remove("comment");
        var existing = (id is null ? null : site.Issues.GetValueOrDefault(id.Value))
            ?? (key is null ? null : site.FindIssue(key));
        var issue = existing ?? site.CreateIssue(fields, null, lenient: true, id, key);
        if (existing is not null)
        {
            site.EditIssue(existing, fields, null, lenient: true);
        }

        if (comments is not null)
        {
            new JiraCommentSeeder(site, this).Seed(comments, JiraSite.IdText(issue.Id));
        }

        JiraChangelogSeeder.Seed(site, this, issue, document["changelog"]?["histories"] as JsonArray);
        issue.IndexedAt = null;
        return issue;
    }

    private void Values(JsonObject page, JsonArray values)
    {
        if (values.OfType<JsonObject>().Any(v => v["accountId"] is not null))
        {
            var self = (string?)page["self"] ?? string.Empty;
            var query = System.Web.HttpUtility.ParseQueryString(self.Contains('?', StringComparison.Ordinal)
                ? self[(self.IndexOf('?', StringComparison.Ordinal) + 1)..] : string.Empty);
            var group = site.FindGroup(query["groupId"], query["groupname"] ?? query["groupName"]);
            if (group is null && (query["groupname"] ?? query["groupName"]) is { } name)
            {
                group = site.AddGroup(name, query["groupId"]);
            }

            foreach (var value in values.OfType<JsonObject>())
            {
                var user = User(value);
                if (group is not null && user is not null)
                {
                    group.Members.Add(user.AccountId);
                }
            }

            return;
        }

        foreach (var value in values.OfType<JsonObject>())
        {
            Group(value);
        }
    }

    private void Group(JsonObject group)
    {
        var name = (string?)group["name"] ?? throw new JiraError("A group document needs a name.");
        var groupId = (string?)group["groupId"];
        if (site.FindGroup(groupId, null) is null && site.FindGroup(null, name) is null)
        {
            site.AddGroup(name, groupId);
        }
    }
}
