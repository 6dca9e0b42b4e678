using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Tests.Sync.Runs;

public sealed class DirectoryRunTests
{
    [Fact]
    public async Task RunAsync_UsersAndGroups_CreatesCardsWithMemberReferences()
    {
        using var h = new SyncHarness();
        var ada = h.Jira.AddUser("Ada Admin");
        var bob = h.Jira.AddUser("Bob Builder");
        h.Jira.AddUser("Bot", accountType: "app");
        var group = h.Jira.AddGroup("ops-team");
        h.Jira.AddMember(group, ada);
        h.Jira.AddMember(group, bob);

        var run = await h.RunAsync(SyncHarness.DirectoryTask());

        Assert.Equal(RunPhaseStatus.Succeeded, run.Record.Load.Status);
        var people = h.Cards("person");
        Assert.Equal(3, people.Count);
        Assert.DoesNotContain(people, p => p.ValueOf("name") == "Bot");
        var groupCard = h.CardOf("group", "group_id", group);
        Assert.Equal("dir-1", groupCard.ValueOf("task_id"));
        var members = groupCard.ValuesOf("members").Select(v => v.DataCardId!).ToHashSet();
        Assert.Equal(
            new[] { ada, bob }.Select(a => h.CardOf("person", "account_id", a).DataCardId).ToHashSet(),
            members);
    }

    [Fact]
    public async Task RunAsync_UserDeactivatedAndUserGone_GetInactiveAndRemovedValues()
    {
        using var h = new SyncHarness();
        var stays = h.Jira.AddUser("Stays");
        var leaves = h.Jira.AddUser("Leaves");
        var gone = h.Jira.AddUser("Gone");
        h.Jira.AddUser("Filler");
        h.Jira.AddGroup("all");
        await h.RunAsync(SyncHarness.DirectoryTask());

        h.Jira.DeactivateUser(leaves);
        h.Jira.RemoveUser(gone);
        var run = await h.RunAsync(SyncHarness.DirectoryTask());

        Assert.Equal(1, run.Record.Counts.MarkedInactive);
        Assert.Equal(1, run.Record.Counts.MarkedRemoved);
        Assert.Equal(SyncHarness.Inactive, h.CardOf("person", "account_id", leaves).ValueOf("account_state"));
        Assert.Equal(SyncHarness.Removed, h.CardOf("person", "account_id", gone).ValueOf("account_state"));
        Assert.Null(h.CardOf("person", "account_id", stays).ValueOf("account_state"));
    }

    [Fact]
    public async Task RunAsync_GroupRemovedInJira_GroupCardMarkedRemoved()
    {
        using var h = new SyncHarness();
        h.Jira.AddUser("Someone");
        h.Jira.AddGroup("keep");
        var doomed = h.Jira.AddGroup("doomed");
        await h.RunAsync(SyncHarness.DirectoryTask());

        h.Jira.RemoveGroup(doomed);
        var run = await h.RunAsync(SyncHarness.DirectoryTask());

        Assert.Equal(1, run.Record.Counts.MarkedRemoved);
        Assert.Equal(SyncHarness.Removed, h.CardOf("group", "group_id", doomed).ValueOf("group_state"));
    }

    [Fact]
    public async Task RunAsync_IncrementalDirectoryTask_IsRefused()
    {
        using var h = new SyncHarness();
        var task = SyncHarness.DirectoryTask();
        task.Kind = Matrix42.JiraConnector.Configuration.ScheduledTaskKind.Incremental;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => h.RunAsync(task));

        Assert.Contains("Only generic tasks can be incremental", error.Message, StringComparison.Ordinal);
    }
}
