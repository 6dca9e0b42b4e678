using Xunit.Abstractions;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Mapping;
using Matrix42.JiraConnector.Reliability.Tests.Infrastructure;

namespace Matrix42.JiraConnector.Reliability.Tests.Fuzzing;

/// <summary>
/// Damaged Jira answers, fed through the real client (over a fake network) and the real read map:
/// only the SDK's typed errors may come out.
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 10_000;
    private const int Seed = 20_261_204;
    private const int MaxItemsPerCase = 200;

    private static readonly HttpStatusCode[] ErrorStatuses =
    [
        HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound,
        HttpStatusCode.Conflict, HttpStatusCode.InternalServerError,
    ];

    [Fact]
    public async Task Fuzz_TenThousandMutatedResponses_ClientAndMapperRaiseOnlyTypedErrors()
    {
        var tally = await RunAsync();

        output.WriteLine($"cases {tally.Cases}, calls succeeded {tally.Succeeded}, typed errors {tally.TypedErrors}, " +
                         $"issues mapped {tally.Mapped}, mapping problems {tally.Problems}, " +
                         $"untyped failures {tally.Failures.Count}, elapsed {tally.Elapsed}");
        Assert.True(tally.Failures.Count == 0, Describe(tally.Failures));
        AssertMeaningful(tally);
    }

    private static async Task<FuzzTally> RunAsync()
    {
        var random = new Random(Seed);
        var seeds = FuzzCorpus.Load(random);
        var mutator = new JsonMutator(random);
        var handler = new SwitchableHandler();
        using var client = JiraClientFactory.Create(
            new JiraClientOptions
            {
                SiteUrl = new Uri("https://acme.atlassian.net"),
                Email = "fuzz@example.test",
                ApiToken = "fuzz-token",
                CloudId = "cloud-1",
                MaxRetryAttempts = 0,
                MaxPagesPerCall = 20,
            },
            primaryHandler: handler);
        var map = FuzzMaps.IssueMap();
        var tally = new FuzzTally();
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < Cases; i++)
        {
            var seed = seeds[i % seeds.Count];
            var body = mutator.Mutate(seed.Json, out var kind);
            var label = $"case {i} ({JsonMutator.Kinds[kind]} of {seed.Name})";
            handler.Body = body;
            handler.Status = seed.Target == FuzzTarget.ErrorBody
                ? ErrorStatuses[random.Next(ErrorStatuses.Length)]
                : HttpStatusCode.OK;

            var issues = await CallClientAsync(client, seed.Target, label, tally);
            MapAll(map, issues, label, tally);
            MapRaw(map, body, seed.Target, label, tally);
            tally.Cases++;
        }

        tally.Elapsed = clock.Elapsed;
        return tally;
    }

    private static string Describe(IEnumerable<FuzzFailure> failures) =>
        "untyped failures:\n" + string.Join("\n", failures
            .GroupBy(f => f.Signature).Select(g => $"{g.Count()} x {g.Key}; e.g. {g.First().Label}"));

    private static void AssertMeaningful(FuzzTally tally)
    {
        Assert.Equal(Cases, tally.Cases);
        Assert.True(tally.Succeeded > 500, $"only {tally.Succeeded} calls succeeded: the damage is too coarse");
        Assert.True(tally.TypedErrors > 500, $"only {tally.TypedErrors} typed errors: the damage is too mild");
        Assert.True(tally.Mapped > 1_000, $"only {tally.Mapped} issues reached the mapper");
        Assert.True(tally.Elapsed < TimeSpan.FromMinutes(1), $"the fuzzer took {tally.Elapsed}");
    }

    private static async Task<List<JsonElement>> CallClientAsync(
        JiraClient client, FuzzTarget target, string label, FuzzTally tally)
    {
        var issues = new List<JsonElement>();
        try
        {
            switch (target)
            {
                case FuzzTarget.SearchPage:
                    var page = await client.Search.GetPageAsync(
                        new JiraSearchRequest { Jql = "project = OPS", Fields = ["*all"] });
                    issues.AddRange(page.Issues.Select(ToJson));
                    break;
                case FuzzTarget.Issue:
                case FuzzTarget.ErrorBody:
                    issues.Add(ToJson(await client.Issues.GetAsync("OPS-1")));
                    break;
                case FuzzTarget.User:
                    await client.Users.GetAsync("5b10ac8d82e05b22cc7d4ef5");
                    break;
                case FuzzTarget.Users:
                    await DrainAsync(client.Users.GetAllAsync());
                    break;
                case FuzzTarget.Groups:
                    await DrainAsync(client.Groups.GetGroupsAsync());
                    break;
                case FuzzTarget.GroupMembers:
                    await DrainAsync(client.Groups.GetMembersAsync("group-1"));
                    break;
                case FuzzTarget.Comments:
                    await DrainAsync(client.Comments.GetAllAsync("OPS-1"));
                    break;
                case FuzzTarget.Transitions:
                    await client.Issues.GetTransitionsAsync("OPS-1");
                    break;
            }

            tally.Succeeded++;
        }
        catch (JiraApiException ex) when (ex.Message.Length > 0)
        {
            tally.TypedErrors++;
        }
        catch (Exception ex)
        {
            tally.Failures.Add(new FuzzFailure("client", label, ex));
        }

        return issues;
    }

    private static void MapAll(CompiledReadMap map, List<JsonElement> issues, string label, FuzzTally tally)
    {
        foreach (var issue in issues)
        {
            MapOne(map, issue, "mapper (client issue)", label, tally);
        }
    }

    /// <summary>The mapper also sees the damaged issues directly, before the client's model can smooth them.</summary>
    private static void MapRaw(CompiledReadMap map, byte[] body, FuzzTarget target, string label, FuzzTally tally)
    {
        if (target is not (FuzzTarget.SearchPage or FuzzTarget.Issue))
        {
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (target == FuzzTarget.Issue)
            {
                MapOne(map, root, "mapper (raw issue)", label, tally);
            }
            else if (root.ValueKind == JsonValueKind.Object &&
                     root.TryGetProperty("issues", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var issue in list.EnumerateArray())
                {
                    MapOne(map, issue, "mapper (raw issue)", label, tally);
                }
            }
        }
    }

    private static void MapOne(CompiledReadMap map, JsonElement issue, string part, string label, FuzzTally tally)
    {
        try
        {
            var card = map.Map(issue);
            _ = card.ComputeContentHash();
            tally.Mapped++;
            tally.Problems += card.Problems.Count;
        }
        catch (Exception ex)
        {
            tally.Failures.Add(new FuzzFailure(part, label, ex));
        }
    }

    private static JsonElement ToJson(JiraIssue issue) => JsonSerializer.SerializeToElement(issue);

    private static async Task DrainAsync<T>(IAsyncEnumerable<T> items)
    {
        var count = 0;
        await foreach (var _ in items)
        {
            // The fake answers every page alike, so a client that never stops paging is cut off here.
            if (++count >= MaxItemsPerCase)
            {
                break;
            }
        }
    }

    private sealed class FuzzTally
    {
        public List<FuzzFailure> Failures { get; } = [];

        public int Succeeded { get; set; }

        public int TypedErrors { get; set; }

        public int Mapped { get; set; }

        public int Problems { get; set; }

        public int Cases { get; set; }

        public TimeSpan Elapsed { get; set; }
    }
}
