using System.Text.Json.Nodes;
using Matrix42.JiraConnector.TestSupport;

namespace Matrix42.JiraConnector.Reliability.Tests.Fuzzing;

/// <summary>Seed documents: the real Jira fixtures, classified by shape, plus generated search pages.</summary>
internal static class FuzzCorpus
{
    public static IReadOnlyList<FuzzSeed> Load(Random random)
    {
        var seeds = new List<FuzzSeed>();
        var adf = SharedFiles.JiraFixture("ankitpokhrel__jira-cli__pkg_adf_testdata_md.json");
        foreach (var path in Directory.GetFiles(Path.GetDirectoryName(adf)!, "*.json"))
        {
            var json = File.ReadAllText(path);
            var name = Path.GetFileName(path);
            var target = Classify(JsonNode.Parse(json)!);
            if (target is { } known)
            {
                seeds.Add(new FuzzSeed(name, known, json));
            }
        }

        var adfJson = File.ReadAllText(adf);
        for (var i = 0; i < 6; i++)
        {
            seeds.Add(new FuzzSeed($"generated page {i}", FuzzTarget.SearchPage, GeneratedPage(random, adfJson)));
        }

        return seeds;
    }

    private static FuzzTarget? Classify(JsonNode root) => root switch
    {
        JsonArray => FuzzTarget.Users,
        JsonObject o when o.ContainsKey("errorMessages") => FuzzTarget.ErrorBody,
        JsonObject o when o.ContainsKey("issues") => FuzzTarget.SearchPage,
        JsonObject o when o.ContainsKey("transitions") => FuzzTarget.Transitions,
        JsonObject o when o.ContainsKey("comments") => FuzzTarget.Comments,
        JsonObject o when o.ContainsKey("fields") => FuzzTarget.Issue,
        JsonObject o when o.ContainsKey("accountId") => FuzzTarget.User,
        JsonObject o when o["values"] is JsonArray { Count: > 0 } v && v[0]?["groupId"] is not null =>
            FuzzTarget.Groups,
        JsonObject o when o.ContainsKey("values") => FuzzTarget.GroupMembers,
        _ => null,
    };

    /// <summary>A search page in the current (token-paged) shape with the field types mappings read.</summary>
    private static string GeneratedPage(Random random, string adf)
    {
        var issues = new JsonArray();
        var count = random.Next(1, 8);
        for (var i = 0; i < count; i++)
        {
            var id = 10_000 + random.Next(90_000);
            issues.Add(new JsonObject
            {
                ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["key"] = $"OPS-{id}",
                ["self"] = $"https://acme.atlassian.net/rest/api/3/issue/{id}",
                ["fields"] = new JsonObject
                {
                    ["summary"] = $"Generated issue {i}",
                    ["status"] = new JsonObject { ["name"] = "In Progress", ["id"] = "3" },
                    ["assignee"] = new JsonObject { ["accountId"] = "5b10ac8d82e05b22cc7d4ef5", ["active"] = true },
                    ["labels"] = new JsonArray("alpha", "beta"),
                    ["components"] = new JsonArray(new JsonObject { ["name"] = "Backend", ["id"] = "10000" }),
                    ["created"] = "2026-01-02T10:15:30.000+0100",
                    ["updated"] = "2026-01-03T11:00:00.000+0000",
                    ["duedate"] = "2026-02-01",
                    ["description"] = JsonNode.Parse(adf),
                    ["customfield_10016"] = random.Next(1, 13) + 0.5,
                    ["customfield_10020"] = new JsonArray(new JsonObject { ["id"] = 7, ["name"] = "Sprint 7" }),
                    ["customfield_10045"] = new JsonObject
                    {
                        ["value"] = "EMEA", ["child"] = new JsonObject { ["id"] = "10101", ["value"] = "DACH" },
                    },
                },
            });
        }

        return new JsonObject { ["issues"] = issues, ["nextPageToken"] = "tok-" + random.Next(), ["isLast"] = false }
            .ToJsonString();
    }
}
