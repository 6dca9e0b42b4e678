using System.Globalization;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Testing.Esm;
using Xunit;

namespace Matrix42.JiraConnector.Tests.Events;

public sealed class DirectoryActivityTests
{
    [Fact]
    public async Task CreateUserAsync_EmailAndProducts_CreatesUserAndWritesAccountIdBack()
    {
        using var h = new EventHarness();
        var card = h.Esm.AddCard("account", "accounts", new Dictionary<string, object?> { ["email"] = "new@example.com" });

        var outcome = await h.Activities.CreateUserAsync(ActivityRequest.ForCard(EventTasks.CreateUser, Id(card)));

        Assert.True(outcome.IsCompleted, outcome.Message);
        var accountId = h.ValueOf(card, "account_id");
        Assert.Equal(outcome.Values["accountId"], accountId);
        var user = await h.JiraClient.Users.GetAsync(accountId!);
        Assert.NotNull(user);
    }

    [Fact]
    public async Task CreateUserAsync_NoEmail_FailsWithoutJiraCall()
    {
        using var h = new EventHarness();
        var card = h.Esm.AddCard("account", "accounts", new Dictionary<string, object?> { ["login"] = "x" });

        var outcome = await h.Activities.CreateUserAsync(ActivityRequest.ForCard(EventTasks.CreateUser, Id(card)));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("emailAddress", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Jira.Log.TotalCount);
    }

    [Fact]
    public async Task DeleteUserAsync_UnknownAccount_FailsAsNotFound()
    {
        using var h = new EventHarness();
        var card = h.Esm.AddCard("account", "accounts", new Dictionary<string, object?> { ["account_id"] = "557058:nobody" });

        var outcome = await h.Activities.DeleteUserAsync(ActivityRequest.ForCard(EventTasks.CreateUser, Id(card)));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("557058:nobody", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteUserAsync_KnownAccount_RemovesUser()
    {
        using var h = new EventHarness();
        var accountId = h.Jira.AddUser("Mia Krystof", "mia@example.com");
        var card = h.Esm.AddCard("account", "accounts", new Dictionary<string, object?> { ["account_id"] = accountId });

        var outcome = await h.Activities.DeleteUserAsync(ActivityRequest.ForCard(EventTasks.CreateUser, Id(card)));

        Assert.True(outcome.IsCompleted, outcome.Message);
        Assert.Equal(1, h.Jira.Log.CountOf("DELETE /rest/api/3/user"));
    }

    [Fact]
    public async Task CreateGroupAsync_Name_CreatesGroupAndWritesGroupIdBack()
    {
        using var h = new EventHarness();
        var card = h.Esm.AddCard("group", "groups", new Dictionary<string, object?> { ["name"] = "esm-agents" });

        var outcome = await h.Activities.CreateGroupAsync(ActivityRequest.ForCard(EventTasks.CreateGroup, Id(card)));

        Assert.True(outcome.IsCompleted, outcome.Message);
        Assert.Equal(h.Jira.FindGroupId("esm-agents"), h.ValueOf(card, "group_id"));
    }

    [Fact]
    public async Task DeleteGroupAsync_WithSwapGroup_DeletesGroup()
    {
        using var h = new EventHarness();
        var doomed = h.Jira.AddGroup("old-agents");
        var swap = h.Jira.AddGroup("agents");
        var card = h.Esm.AddCard("group", "groups", new Dictionary<string, object?> { ["group_id"] = doomed });

        var outcome = await h.Activities.DeleteGroupAsync(ActivityRequest.ForCard(EventTasks.CreateGroup, Id(card)), swap);

        Assert.True(outcome.IsCompleted, outcome.Message);
        Assert.Null(h.Jira.FindGroupId("old-agents"));
    }

    [Fact]
    public async Task DeleteGroupAsync_UnknownGroup_FailsNamingIt()
    {
        using var h = new EventHarness();
        var card = h.Esm.AddCard("group", "groups", new Dictionary<string, object?> { ["group_id"] = "no-such-group" });

        var outcome = await h.Activities.DeleteGroupAsync(ActivityRequest.ForCard(EventTasks.CreateGroup, Id(card)));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Equal("no-such-group", Assert.Single(outcome.Parts).Name);
    }

    internal static string Id(long card) => card.ToString(CultureInfo.InvariantCulture);
}
