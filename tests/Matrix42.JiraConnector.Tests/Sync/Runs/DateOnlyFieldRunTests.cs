using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Tests.Sync.Runs;

/// <summary>A Jira date-only custom field synced into an ESM attribute of date type.</summary>
public sealed class DateOnlyFieldRunTests
{
    // Zones on both sides of the date line, so a conversion through UTC or local time would move the day.
    [Theory]
    [InlineData("UTC")]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Pacific/Pago_Pago")]
    public async Task RunAsync_DateOnlyCustomField_LandsAsTheSameDayAndRerunWritesNothing(string accountZone)
    {
        using var h = new SyncHarness(jiraTimeZone: accountZone);
        h.Esm.DefineTemplate("review", "Review", t => t
            .Folder("reviews").Text("jira_id").Text("task_id").Text("source").Date("due_review"));
        var field = h.Jira.AddCustomField("Due Review", "date");
        var first = h.IdOf(h.Jira.AddIssue("OPS", "Year end", new JsonObject { [field] = "2026-12-31" }));
        var second = h.IdOf(h.Jira.AddIssue("OPS", "New year", new JsonObject { [field] = "2027-01-01" }));
        var task = ReviewTask(field);

        var created = await h.RunAsync(task);
        var writesAfterFirstRun = h.EsmWrites;
        var rerun = await h.RunAsync(task);

        Assert.Equal(2, created.Record.Counts.Created);
        Assert.Equal(0, created.Record.Counts.Failed);
        Assert.Equal("2026-12-31", h.CardOf("review", "jira_id", first).ValueOf("due_review"));
        Assert.Equal("2027-01-01", h.CardOf("review", "jira_id", second).ValueOf("due_review"));
        Assert.Equal(writesAfterFirstRun, h.EsmWrites);
        Assert.Equal(2, rerun.Record.Counts.Unchanged);
        Assert.Equal(0, rerun.Record.Counts.Created + rerun.Record.Counts.Updated + rerun.Record.Counts.Failed);
    }

    [Fact]
    public async Task RunAsync_DateOnlyCustomFieldEdited_UpdatesTheDateAttribute()
    {
        using var h = new SyncHarness(jiraTimeZone: "Pacific/Kiritimati");
        h.Esm.DefineTemplate("review", "Review", t => t
            .Folder("reviews").Text("jira_id").Text("task_id").Text("source").Date("due_review"));
        var field = h.Jira.AddCustomField("Due Review", "date");
        var id = h.IdOf(h.Jira.AddIssue("OPS", "Audit", new JsonObject { [field] = "2026-03-01" }));
        var task = ReviewTask(field);
        await h.RunAsync(task);

        h.Jira.EditIssue(id, new JsonObject { [field] = "2026-02-28" });
        var changed = await h.RunAsync(task);

        Assert.Equal(1, changed.Record.Counts.Updated);
        Assert.Equal("2026-02-28", h.CardOf("review", "jira_id", id).ValueOf("due_review"));
    }

    private static ScheduledTaskDefinition ReviewTask(string field)
    {
        var task = SyncHarness.TicketTask();
        task.Generic = new ScheduledTargetDefinition
        {
            Template = "review",
            Folder = "reviews",
            TaskIdAttribute = "task_id",
            DataSourceTypeAttribute = "source",
            MatchKey = new MatchKeySettings { Attribute = "jira_id" },
            Mappings = [new AttributeMappingDefinition { Source = $"fields.{field}", Target = "due_review" }],
            DeletionGuard = new DeletionGuardSettings { MaxShare = 1.0 },
        };
        return task;
    }
}
