using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Testing.Esm;
using Xunit;
using static Matrix42.JiraConnector.Tests.Events.DirectoryActivityTests;
using static Matrix42.JiraConnector.Tests.Events.EventHarness;


namespace Matrix42.JiraConnector.Tests.Events;

public sealed class MembershipActivityTests
{
    [Fact]
    public async Task AddUserToGroupsAsync_AllGroupsExist_AddsUserToEachAndCompletes()
    {
        using var h = new EventHarness();
        var (request, accountId, groups) = Seed(h, groupCount: 3);

        var outcome = await h.Activities.AddUserToGroupsAsync(On(EventTasks.Memberships, request));

        Assert.True(outcome.IsCompleted, outcome.Message);
        Assert.Equal(3, outcome.Parts.Count);
        Assert.All(groups, g => Assert.Contains(accountId, h.Jira.GetMembers(g)));
    }

    [Fact]
    public async Task AddUserToGroupsAsync_OneOfSixGroupsMissing_FailsListingThatGroupAndWritesException()
    {
        using var h = new EventHarness();
        var (request, accountId, groups) = Seed(h, groupCount: 6);
        h.Jira.RemoveGroup(groups[3]);

        var outcome = await h.Activities.AddUserToGroupsAsync(On(EventTasks.Memberships, request));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        var failed = Assert.Single(outcome.Parts, p => p.Status != ActivityStatus.Completed);
        Assert.Equal(groups[3], failed.Name);
        Assert.Equal(5, outcome.Parts.Count(p => p.Status == ActivityStatus.Completed));
        Assert.Contains("5 of 6", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(outcome.Message, h.ValueOf(request, "group_exception"));
        Assert.All(groups.Where((_, i) => i != 3), g => Assert.Contains(accountId, h.Jira.GetMembers(g)));
    }

    [Fact]
    public async Task AddUserToGroupsAsync_StrictAndAlreadyMember_FailsForThatGroup()
    {
        using var h = new EventHarness();
        var (request, accountId, groups) = Seed(h, groupCount: 2);
        h.Jira.AddMember(groups[0], accountId);

        var outcome = await h.Activities.AddUserToGroupsAsync(On(EventTasks.Memberships, request));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Equal(groups[0], Assert.Single(outcome.Parts, p => p.Status == ActivityStatus.Failed).Name);
    }

    [Fact]
    public async Task RemoveUserFromGroupsAsync_IdempotentAndNotMember_Completes()
    {
        using var h = new EventHarness(c => c.EventTasks[5].MembershipSemantics = MembershipSemantics.Idempotent);
        var (request, accountId, groups) = Seed(h, groupCount: 2);
        h.Jira.AddMember(groups[1], accountId);

        var outcome = await h.Activities.RemoveUserFromGroupsAsync(
            On(EventTasks.Memberships, request));

        Assert.True(outcome.IsCompleted, outcome.Message);
        Assert.DoesNotContain(accountId, h.Jira.GetMembers(groups[1]));
    }

    [Fact]
    public async Task RemoveUserFromGroupsAsync_StrictAndNotMember_Fails()
    {
        using var h = new EventHarness();
        var (request, _, _) = Seed(h, groupCount: 1);

        var outcome = await h.Activities.RemoveUserFromGroupsAsync(
            On(EventTasks.Memberships, request));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("not a member", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddUserToGroupsAsync_AccountCardWithoutAccountId_FailsBeforeAnyJiraCall()
    {
        using var h = new EventHarness();
        var account = h.AddCard("account", ("login", "mia"));
        var group = h.AddCard("group", ("group_id", "g-1"));
        var request = h.Esm.AddCard("access_request", "access_requests", new Dictionary<string, object?>
        {
            ["title"] = "Access",
            ["person"] = FakeEsmValue.Reference(account),
            ["roles"] = new[] { FakeEsmValue.Reference(group) },
        });

        var outcome = await h.Activities.AddUserToGroupsAsync(On(EventTasks.Memberships, request));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("account_id", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Jira.Log.TotalCount);
        Assert.Equal(outcome.Message, h.ValueOf(request, "prov_exception"));
    }

    [Fact]
    public async Task AddUserToGroupsAsync_AccountUnknownToJira_FailsForEveryGroup()
    {
        using var h = new EventHarness();
        var (request, accountId, _) = Seed(h, groupCount: 2);
        h.Jira.RemoveUser(accountId);

        var outcome = await h.Activities.AddUserToGroupsAsync(On(EventTasks.Memberships, request));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Equal(2, outcome.Parts.Count(p => p.Status == ActivityStatus.Failed));
        Assert.Contains("0 of 2", outcome.Message, StringComparison.Ordinal);
    }

    private static (long Request, string AccountId, List<string> Groups) Seed(EventHarness h, int groupCount)
    {
        var accountId = h.Jira.AddUser("Mia Krystof", "mia@example.com");
        var account = h.AddCard("account", ("account_id", accountId));
        var groups = new List<string>();
        var groupCards = new List<FakeEsmValue>();
        for (var i = 0; i < groupCount; i++)
        {
            var groupId = h.Jira.AddGroup($"team-{i}");
            groups.Add(groupId);
            groupCards.Add(FakeEsmValue.Reference(
                h.AddCard("group", ("name", $"team-{i}"), ("group_id", groupId))));
        }

        var request = h.Esm.AddCard("access_request", "access_requests", new Dictionary<string, object?>
        {
            ["title"] = "Access", ["person"] = FakeEsmValue.Reference(account), ["roles"] = groupCards,
        });
        return (request, accountId, groups);
    }
}
