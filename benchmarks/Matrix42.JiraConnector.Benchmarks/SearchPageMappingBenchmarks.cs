using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Benchmarks;

/// <summary>
/// Parses and maps a search page of 100 issues × 20 attributes, against parsing the same bytes with
/// <see cref="JsonDocument"/> alone. The ratio shows what mapping adds on top of the parse every reader pays.
/// </summary>
[MemoryDiagnoser]
public class SearchPageMappingBenchmarks
{
    private byte[] _page = [];
    private CompiledReadMap _map = null!;
    private ReferenceKeyIndex _people = null!;

    [GlobalSetup]
    public void Setup()
    {
        _page = SearchPageGenerator.Generate(issueCount: 100);
        _people = new ReferenceKeyIndex();
        for (var i = 0; i < 50; i++)
        {
            _people.Add("person", $"acc-{i}", (40000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        string[] sources =
        [
            "key", "id", "fields.summary", "fields.status.name", "fields.priority", "fields.issuetype.name",
            "fields.project.key", "fields.reporter.accountId", "fields.labels", "fields.created", "fields.updated",
            "fields.duedate", "fields.resolution.name", "fields.customfield_10016", "fields.customfield_10044",
            "fields.customfield_10045", "fields.customfield_10046", "fields.customfield_10020[].name",
            "fields.description",
        ];
        var target = new ScheduledTargetDefinition { Template = "issue", Folder = "issues", TaskIdAttribute = "task" };
        for (var i = 0; i < sources.Length; i++)
        {
            target.Mappings.Add(new AttributeMappingDefinition { Source = sources[i], Target = $"a{i}" });
        }

        target.Mappings.Add(new AttributeMappingDefinition
        {
            Source = "fields.assignee.accountId", Target = "owner", ReferenceIndex = "person",
        });
        _map = CompiledReadMap.Compile(target, JiraEntityKind.Issue, new ReadMapOptions { Fields = Catalog() });
    }

    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        using var document = JsonDocument.Parse(_page);
        return document.RootElement.GetProperty("issues"u8).GetArrayLength();
    }

    [Benchmark]
    public int ParseAndMap()
    {
        using var document = JsonDocument.Parse(_page);
        var attributes = 0;
        foreach (var issue in document.RootElement.GetProperty("issues"u8).EnumerateArray())
        {
            attributes += _map.Map(issue, _people).Attributes.Count;
        }

        return attributes;
    }

    private static JiraFieldCatalog Catalog() => new(
    [
        Field("customfield_10016", "Story Points", "number"),
        Field("customfield_10044", "Single", "option"),
        Field("customfield_10045", "Region", "option-with-child"),
        Field("customfield_10046", "Multi", "array", "option"),
        Field("customfield_10020", "Sprint", "array", "json", "com.pyxis.greenhopper.jira:gh-sprint"),
    ]);

    private static JiraField Field(string id, string name, string type, string? items = null, string? custom = null) =>
        new()
        {
            Id = id, Name = name, Custom = true,
            Schema = new JiraFieldSchema { Type = type, Items = items, Custom = custom },
        };
}
