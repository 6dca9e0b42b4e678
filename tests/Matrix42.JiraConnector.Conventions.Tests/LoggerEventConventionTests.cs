using System.Reflection;
using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Conventions.Tests;

/// <summary>
/// Every <c>[LoggerMessage]</c> event of the product (src and samples) has an id of its own and a row in
/// docs/logging.md with the same name, level and fields, and the table lists no event that no code logs.
/// </summary>
public sealed class LoggerEventConventionTests
{
    private const string SolutionFileName = "Matrix42.JiraConnector.sln";

    private static readonly string[] ProductFolders = ["src", "samples"];

    private static readonly string[] SkippedFolders = ["obj", "bin"];

    [Fact]
    public void LoggerEvents_HaveUniqueIdsAndAreDocumentedUnderTheirNames()
    {
        var root = RepositoryRoot();
        var events = ProductEvents(root);
        var rows = LoggerEventTable.Parse(File.ReadAllText(Path.Combine(root, "docs", "logging.md")));

        var problems = LoggerEventCheck.Problems(events, rows);

        Assert.True(problems.Count == 0,
            $"{problems.Count} logging problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void SourceParser_FindsEveryLoggingMethodOfTheLoadedProductAssemblies()
    {
        // The reflection view guards the parser: an attribute written in a form it misses would escape the check.
        var parsed = ProductEvents(RepositoryRoot()).Select(e => (e.Id, e.Name)).ToHashSet();
        Type[] anchors =
        [
            typeof(Matrix42.JiraConnector.Configuration.ConnectorDefinition),
            typeof(Matrix42.JiraConnector.Jira.IJiraClient),
            typeof(Matrix42.JiraConnector.Esm.IEsmClient),
            typeof(Matrix42.JiraConnector.Hosting.JiraConnectorBuilder),
            typeof(Matrix42.JiraConnector.Sqlite.SqliteConnectorStateStore),
            typeof(Matrix42.JiraConnector.Testing.Jira.FakeJiraCloud),
        ];

        var compiled = anchors.Select(t => t.Assembly).Distinct()
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(
                BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic
                | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => (x.Attribute!.EventId, x.Method.Name))
            .ToList();

        Assert.True(compiled.Count >= 60, $"Only {compiled.Count} logging methods found by reflection");
        var missed = compiled.Where(c => !parsed.Contains(c)).ToList();
        Assert.True(missed.Count == 0, "The source parser missed: " + string.Join(", ", missed));
    }

    [Fact]
    public void Check_DuplicateIdAcrossPackages_IsReported()
    {
        var events = LoggerEventSource.Parse(
                """
                [LoggerMessage(4001, LogLevel.Information, "Task {TaskId} busy")]
                public static partial void LeaseBusy(ILogger logger, string taskId);
                """, "Sync.cs")
            .Concat(LoggerEventSource.Parse(
                """
                [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Poll of {TaskId} (late)")]
                public static partial void PollLate(ILogger logger, string taskId);
                """, "Hosting.cs"))
            .ToList();
        var rows = LoggerEventTable.Parse("| 4001 | Information | LeaseBusy | Busy | TaskId |\n");

        var problems = LoggerEventCheck.Problems(events, rows);

        Assert.Contains(problems, p => p.StartsWith("Event id 4001 is used more than once", StringComparison.Ordinal)
                                       && p.Contains("Hosting.cs:1", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MissingRenamedOrStaleRows_AreReported()
    {
        var events = LoggerEventSource.Parse(
            """
            internal static partial class Log
            {
                [LoggerMessage(6100, LogLevel.Information,
                    "Event task {TaskKey} (poll): {Matched} matched")]
                public static partial void TriggerPollCompleted(ILogger logger, TaskKey taskKey, int matched);

                // Caller picks the level.
                [LoggerMessage(EventId = 6101, Message = "Card {DataCardId} ended")]
                public static partial void CardEnded(ILogger logger, LogLevel level, string dataCardId);

                [LoggerMessage(6102, LogLevel.Debug, "Skipped")]
                public static partial void Skipped(ILogger logger);
            }
            """, "Poll.cs");
        var rows = LoggerEventTable.Parse(
            """
            | Id | Level | Name | When | Fields |
            |---:|---|---|---|---|
            | 6100 | Information | TriggerPollCompleted | A pass ended | TaskKey |
            | 6101 | Warning | CardFinished | A card ended | DataCardId |
            | 6199 | Debug | Gone | Nothing logs this | |
            """);

        var problems = LoggerEventCheck.Problems(events, rows);

        Assert.Equal(3, events.Count);
        Assert.Equal(["TaskKey", "Matched"], events[0].Fields);
        Assert.Null(events[1].Level);
        Assert.Equal("Poll.cs:11", events[2].Location);
        Assert.Equal(
            [
                "Event 6100 TriggerPollCompleted: docs/logging.md:3 does not list the field(s) Matched",
                "Event 6101 is CardEnded in Poll.cs:8 but CardFinished in docs/logging.md:4",
                "Event 6102 Skipped (Poll.cs:11) is missing from docs/logging.md",
                "docs/logging.md:5 lists event 6199 Gone, which no code logs",
            ],
            problems);
    }

    private static List<LoggerEvent> ProductEvents(string root) =>
    [
        .. ProductFolders
            .SelectMany(folder =>
                Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !Path.GetRelativePath(root, file)
                .Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
                .Any(part => SkippedFolders.Contains(part, StringComparer.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .SelectMany(file => LoggerEventSource.Parse(File.ReadAllText(file), Path.GetRelativePath(root, file))),
    ];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above '{AppContext.BaseDirectory}' holds {SolutionFileName}; cannot find the sources.");
    }
}
