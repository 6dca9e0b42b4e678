using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Seeding;

/// <summary>
/// Seeds comments from a comment page. The issue comes from the caller or from the comments' <c>self</c>
/// links (<c>…/issue/10010/comment/10000</c>); an issue not yet on the site is created as a placeholder.
/// Comments repeated with the same id are kept once.
/// </summary>
internal sealed class JiraCommentSeeder(JiraSite site, JiraSeeder seeder)
{
    public void Seed(JsonArray comments, string? issueIdOrKey)
    {
        foreach (var document in comments.OfType<JsonObject>())
        {
            var issue = IssueFor(document, issueIdOrKey);
            var id = long.TryParse((string?)document["id"], out var parsed) ? parsed : site.NextCommentId;
            if (issue.Comments?.Exists(c => c.Id == id) == true)
            {
                continue;
            }

            var author = seeder.User(document["author"] as JsonObject);
            var visibility = document["visibility"] is JsonObject v && (string?)v["type"] is { } type
                ? ((string, string)?)(type, (string?)v["value"] ?? (string?)v["identifier"] ?? string.Empty)
                : null;
            var comment = new JiraComment
            {
                Id = id,
                AuthorId = author?.AccountId,
                RawAuthor = author is null ? document["author"]?.DeepClone() : null,
                Body = document["body"]?.DeepClone(),
                Created = JiraDates.TryParse((string?)document["created"], out var created) ? created : site.Now,
                Updated = JiraDates.TryParse((string?)document["updated"], out var updated) ? updated : site.Now,
                Visibility = visibility,
                JsdPublic = (bool?)document["jsdPublic"] ?? true,
            };
            (issue.Comments ??= []).Add(comment);
            site.NextCommentId = Math.Max(site.NextCommentId, id + 1);
        }
    }

    private JiraIssue IssueFor(JsonObject comment, string? issueIdOrKey)
    {
        var target = issueIdOrKey ?? IssueIdFromSelf((string?)comment["self"])
            ?? throw new JiraError("The comments name no issue; pass the issue id or key to seed them onto.");
        if (site.FindIssue(target) is { } issue)
        {
            return issue;
        }

        var project = site.AddProject("SEED", "Seeded comments");
        var fields = new JsonObject { ["project"] = new JsonObject { ["key"] = project.Key },
            ["summary"] = "Placeholder for seeded comments" };
        long? id = long.TryParse(target, out var n) ? n : null;
        return site.CreateIssue(fields, null, lenient: true, id, id is null ? target : null);
    }

    private static string? IssueIdFromSelf(string? self)
    {
        if (self is null)
        {
            return null;
        }

        var parts = self.Split('/');
        var at = Array.IndexOf(parts, "issue");
        return at >= 0 && at + 1 < parts.Length ? parts[at + 1] : null;
    }
}
