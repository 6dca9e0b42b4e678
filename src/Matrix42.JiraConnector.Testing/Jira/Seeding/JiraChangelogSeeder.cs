using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Seeding;

/// <summary>Seeds an issue's change history from the <c>changelog.histories</c> of an issue document.</summary>
internal static class JiraChangelogSeeder
{
    public static void Seed(JiraSite site, JiraSeeder seeder, JiraIssue issue, JsonArray? histories)
    {
        foreach (var history in histories?.OfType<JsonObject>() ?? [])
        {
            var id = long.TryParse((string?)history["id"], out var parsed) ? parsed : site.NextChangeId;
            if (issue.Changes?.Exists(c => c.Id == id) == true)
            {
                continue;
            }

            var change = new JiraChange
            {
                Id = id,
                AuthorId = seeder.User(history["author"] as JsonObject)?.AccountId,
                Created = JiraDates.TryParse((string?)history["created"], out var created) ? created : site.Now,
            };
            foreach (var item in history["items"] as JsonArray ?? [])
            {
                change.Items.Add(new JiraChangeItem(
                    (string?)item?["field"] ?? string.Empty,
                    (string?)item?["fieldId"] ?? (string?)item?["field"] ?? string.Empty,
                    (string?)item?["from"],
                    (string?)item?["fromString"],
                    (string?)item?["to"],
                    (string?)item?["toString"]));
            }

            (issue.Changes ??= []).Add(change);
            site.NextChangeId = Math.Max(site.NextChangeId, id + 1);
        }
    }
}
