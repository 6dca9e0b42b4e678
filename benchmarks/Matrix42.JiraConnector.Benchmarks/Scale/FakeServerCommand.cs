using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Faults;
using Matrix42.JiraConnector.Testing.Generation;
using Matrix42.JiraConnector.Testing.Jira;

namespace Matrix42.JiraConnector.Benchmarks.Scale;

/// <summary>
/// The hidden <c>serve-fakes</c> verb: seeds a fake Jira site and an empty fake ESM tenant, serves both on
/// loopback, prints one JSON line with their addresses and the minimum Jira calls, then answers
/// <c>counts</c> and <c>clear</c> on stdin until stdin closes.
/// </summary>
internal static class FakeServerCommand
{
    private const int GroupPageCap = 1000;
    private const int MemberPageCap = 50;

    public static async Task<int> RunAsync(ScaleSize size)
    {
        var jira = new FakeJiraCloud();
        var admin = JiraDataGenerator.Populate(jira, new JiraDataSize
        {
            Users = size.Users, Groups = size.Groups, Memberships = size.Memberships, Issues = size.Issues,
        });
        var esm = new FakeEsm();
        ScaleTasks.DefineTemplates(esm);
        var minimum = await MinimumCallsAsync(jira, admin).ConfigureAwait(false);
        if (size.LatencyMs > 0)
        {
            var delay = TimeSpan.FromMilliseconds(size.LatencyMs);
            jira.Faults.Add(new FaultRule { Kind = FaultKind.SlowResponse, Delay = delay });
            esm.Faults.Add(new FaultRule { Kind = FaultKind.SlowResponse, Delay = delay });
        }

        jira.Log.Clear();
        await using var jiraServer = jira.StartLoopback();
        await using var esmServer = esm.StartLoopback();
        var ready = new JsonObject
        {
            ["jira"] = jiraServer.BaseAddress.ToString(),
            ["esm"] = esmServer.BaseAddress.ToString(),
            ["email"] = admin.AdminEmail,
            ["token"] = admin.AdminToken,
            ["projects"] = new JsonArray([.. admin.ProjectKeys.Select(k => (JsonNode)k)]),
            ["minimum"] = minimum,
        };
        Console.Out.WriteLine(ready.ToJsonString());
        Console.Out.Flush();

        while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } command)
        {
            if (command == "clear")
            {
                jira.Log.Clear();
                esm.Log.Clear();
                Console.Out.WriteLine("{}");
            }
            else
            {
                var counts = new JsonObject { ["jira"] = Counts(jira.Log), ["esm"] = Counts(esm.Log) };
                Console.Out.WriteLine(counts.ToJsonString());
            }

            Console.Out.Flush();
        }

        return 0;
    }

    private static JsonObject Counts(Testing.Diagnostics.RequestLog log)
    {
        var counts = new JsonObject();
        foreach (var (route, count) in log.CountsByRoute().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            counts[route] = count;
        }

        return counts;
    }

    // The fewest calls that can read every paged stream, with the largest page the fake serves for it.
    private static async Task<JsonObject> MinimumCallsAsync(FakeJiraCloud jira, JiraGenerationResult admin)
    {
        using var http = jira.CreateClient(admin.AdminEmail, admin.AdminToken);
        var groupIds = new List<string>();
        for (var startAt = 0; ; startAt += GroupPageCap)
        {
            var page = await http.GetFromJsonAsync<JsonElement>(string.Create(CultureInfo.InvariantCulture,
                $"rest/api/3/group/bulk?startAt={startAt}&maxResults={GroupPageCap}")).ConfigureAwait(false);
            foreach (var group in page.GetProperty("values").EnumerateArray())
            {
                groupIds.Add(group.GetProperty("groupId").GetString()!);
            }

            if (page.GetProperty("isLast").GetBoolean())
            {
                break;
            }
        }

        // An empty member list still takes one call to learn that it is empty.
        var members = groupIds.Sum(id => Math.Max(1L, Pages(jira.GetMembers(id).Count, MemberPageCap)));
        return new JsonObject
        {
            ["users"] = Pages(jira.UserCount, jira.UserPageCap),
            ["groups"] = Math.Max(1L, Pages(groupIds.Count, GroupPageCap)),
            ["members"] = members,
            ["search"] = Math.Max(1L, Pages(jira.IssueCount, jira.SearchPageCap)),
        };
    }

    private static long Pages(long items, int pageSize) => (items + pageSize - 1) / pageSize;
}
