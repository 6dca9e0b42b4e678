using System.Globalization;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Events;
using Matrix42.JiraConnector.Testing.Faults;
using Matrix42.JiraConnector.Testing.Esm;
using Xunit;
using static Matrix42.JiraConnector.Tests.Events.EventHarness;


namespace Matrix42.JiraConnector.Tests.Events;

public sealed class DirectoryActivityTests
{
    [Fact]
    public async Task CreateUserAsync_EmailAndProducts_CreatesUserAndWritesAccountIdBack()
    {
        using var h = new EventHarness();
        var card = h.AddCard("account", ("email", "new@example.com"));

        var outcome = await h.Activities.CreateUserAsync(On(EventTasks.CreateUser, card));

        Assert.True(outcome.IsCompleted, outcome.Message);
        var accountId = h.ValueOf(card, "account_id");
        Assert.Equal(outcome.Values["accountId"], accountId);
        var user = await h.JiraClient.Users.GetAsync(accountId!);
        Assert.NotNull(user);
    }

    [Fact]
    public async Task CreateUserAsync_AnswerLost_FindsUserByEmailWithoutSecondCreate()
    {
        using var h = new EventHarness();
        h.Jira.Faults.Add(FaultKind.ResponseLost, "/rest/api/3/user", "POST", maxCount: 1);
        var card = h.AddCard("account", ("email", "new@example.com"));

        var outcome = await h.WithClockAsync(
            () => h.Activities.CreateUserAsync(On(EventTasks.CreateUser, card)), TimeSpan.FromSeconds(1));

        Assert.True(outcome.IsCompleted, outcome.Message);
        Assert.Equal(1, h.Jira.Log.CountOf("POST /rest/api/3/user"));
        Assert.NotNull(h.ValueOf(card, "account_id"));
    }

    [Fact]
    public async Task CreateGroupAsync_NameInUse_FailsWithJirasMessage()
    {
        using var h = new EventHarness();
        h.Jira.AddGroup("esm-agents");
        var card = h.AddCard("group", ("name", "esm-agents"));

        var outcome = await h.Activities.CreateGroupAsync(On(EventTasks.CreateGroup, card));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("400", outcome.Message, StringComparison.Ordinal);
        Assert.Null(h.ValueOf(card, "group_id"));
        Assert.Equal(outcome.Message, h.ValueOf(card, "prov_exception"));
    }

    [Fact]
    public async Task CreateUserAsync_NoEmail_FailsWithoutJiraCall()
    {
        using var h = new EventHarness();
        var card = h.AddCard("account", ("login", "x"));

        var outcome = await h.Activities.CreateUserAsync(On(EventTasks.CreateUser, card));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("emailAddress", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Jira.Log.TotalCount);
    }

    [Fact]
    public async Task DeleteUserAsync_UnknownAccount_FailsAsNotFound()
    {
        using var h = new EventHarness();
        var card = h.AddCard("account", ("account_id", "557058:nobody"));

        var outcome = await h.Activities.DeleteUserAsync(On(EventTasks.CreateUser, card));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Contains("557058:nobody", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteUserAsync_KnownAccount_RemovesUser()
    {
        using var h = new EventHarness();
        var accountId = h.Jira.AddUser("Mia Krystof", "mia@example.com");
        var card = h.AddCard("account", ("account_id", accountId));

        var outcome = await h.Activities.DeleteUserAsync(On(EventTasks.CreateUser, card));

        Assert.True(outcome.IsCompleted, outcome.Message);
        Assert.Equal(1, h.Jira.Log.CountOf("DELETE /rest/api/3/user"));
    }

    [Fact]
    public async Task CreateGroupAsync_Name_CreatesGroupAndWritesGroupIdBack()
    {
        using var h = new EventHarness();
        var card = h.AddCard("group", ("name", "esm-agents"));

        var outcome = await h.Activities.CreateGroupAsync(On(EventTasks.CreateGroup, card));

        Assert.True(outcome.IsCompleted, outcome.Message);
        Assert.Equal(h.Jira.FindGroupId("esm-agents"), h.ValueOf(card, "group_id"));
    }

    [Fact]
    public async Task DeleteGroupAsync_WithSwapGroup_DeletesGroup()
    {
        using var h = new EventHarness();
        var doomed = h.Jira.AddGroup("old-agents");
        var swap = h.Jira.AddGroup("agents");
        var card = h.AddCard("group", ("group_id", doomed));

        var outcome = await h.Activities.DeleteGroupAsync(On(EventTasks.CreateGroup, card), swap);

        Assert.True(outcome.IsCompleted, outcome.Message);
        Assert.Null(h.Jira.FindGroupId("old-agents"));
    }

    [Fact]
    public async Task DeleteGroupAsync_UnknownGroup_FailsNamingIt()
    {
        using var h = new EventHarness();
        var card = h.AddCard("group", ("group_id", "no-such-group"));

        var outcome = await h.Activities.DeleteGroupAsync(On(EventTasks.CreateGroup, card));

        Assert.Equal(ActivityStatus.Failed, outcome.Status);
        Assert.Equal("no-such-group", Assert.Single(outcome.Parts).Name);
    }

    [Fact]
    public async Task CreateUserAsync_RunAgainAfterOutcomeUnknown_WritesTheSameAccountBack()
    {
        using var h = new EventHarness();
        h.Jira.DirectoryIndexDelay = TimeSpan.FromHours(1);
        h.Jira.Faults.Add(FaultKind.ResponseLost, "/rest/api/3/user", "POST", maxCount: 1);
        var card = h.AddCard("account", ("email", "new@example.com"));

        var first = await h.WithClockAsync(
            () => h.Activities.CreateUserAsync(On(EventTasks.CreateUser, card)), TimeSpan.FromSeconds(1));
        var second = await h.Activities.CreateUserAsync(On(EventTasks.CreateUser, card));

        Assert.Equal(ActivityStatus.OutcomeUnknown, first.Status);
        Assert.True(second.IsCompleted, second.Message);
        Assert.Equal(2, h.Jira.UserCount);
        var user = await h.JiraClient.Users.GetAsync(h.ValueOf(card, "account_id")!);
        Assert.Equal("new@example.com", user?.EmailAddress);
    }

    [Fact]
    public async Task CreateGroupAsync_RunAgainAfterOutcomeUnknown_TakesTheGroupOfTheLostCreate()
    {
        using var h = new EventHarness();
        h.Jira.DirectoryIndexDelay = TimeSpan.FromHours(1);
        h.Jira.Faults.Add(FaultKind.ResponseLost, "/rest/api/3/group", "POST", maxCount: 1);
        var card = h.AddCard("group", ("name", "esm-agents"));
        var first = await h.WithClockAsync(
            () => h.Activities.CreateGroupAsync(On(EventTasks.CreateGroup, card)), TimeSpan.FromSeconds(1));
        Assert.Equal(ActivityStatus.OutcomeUnknown, first.Status);
        Assert.Null(h.ValueOf(card, "group_id"));

        h.Time.Advance(TimeSpan.FromHours(1));
        var second = await h.Activities.CreateGroupAsync(On(EventTasks.CreateGroup, card));

        Assert.True(second.IsCompleted, second.Message);
        Assert.Equal(1, h.Jira.GroupCount);
        Assert.Equal(h.Jira.FindGroupId("esm-agents"), h.ValueOf(card, "group_id"));
        Assert.Equal(1, h.Jira.Log.CountOf("POST /rest/api/3/group"));
        Assert.Null(h.ValueOf(card, "prov_exception"));
    }

    [Fact]
    public async Task CreateGroupAsync_RunAgainWhileDirectoryLags_AnswersUnknownUntilTheGroupIsListed()
    {
        using var h = new EventHarness();
        h.Jira.DirectoryIndexDelay = TimeSpan.FromHours(1);
        h.Jira.Faults.Add(FaultKind.ResponseLost, "/rest/api/3/group", "POST", maxCount: 1);
        var card = h.AddCard("group", ("name", "esm-agents"));
        await h.WithClockAsync(
            () => h.Activities.CreateGroupAsync(On(EventTasks.CreateGroup, card)), TimeSpan.FromSeconds(1));

        // Jira answers "name in use" to the second create; the card's own lost create made that group.
        var second = await h.WithClockAsync(
            () => h.Activities.CreateGroupAsync(On(EventTasks.CreateGroup, card)), TimeSpan.FromSeconds(1));
        h.Time.Advance(TimeSpan.FromHours(1));
        var third = await h.Activities.CreateGroupAsync(On(EventTasks.CreateGroup, card));

        Assert.Equal(ActivityStatus.OutcomeUnknown, second.Status);
        Assert.True(third.IsCompleted, third.Message);
        Assert.Equal(1, h.Jira.GroupCount);
        Assert.Equal(h.Jira.FindGroupId("esm-agents"), h.ValueOf(card, "group_id"));
    }

    [Fact]
    public async Task CreateGroupAsync_NameInUseByAnotherGroup_FailsOnEveryRunWithoutTakingIt()
    {
        using var h = new EventHarness();
        h.Jira.AddGroup("esm-agents");
        var card = h.AddCard("group", ("name", "esm-agents"));

        var first = await h.Activities.CreateGroupAsync(On(EventTasks.CreateGroup, card));
        var second = await h.Activities.CreateGroupAsync(On(EventTasks.CreateGroup, card));

        Assert.Equal(ActivityStatus.Failed, first.Status);
        Assert.Equal(ActivityStatus.Failed, second.Status);
        Assert.Null(h.ValueOf(card, "group_id"));
    }

    [Fact]
    public async Task CreateGroupAsync_WriteBackFailed_RunAgainWritesTheSameGroupBack()
    {
        using var h = new EventHarness();
        h.Esm.Faults.Add(new FaultRule
        {
            Kind = FaultKind.HtmlErrorPage, HtmlStatus = 400, Method = "PATCH", MaxCount = 1,
        });
        var card = h.AddCard("group", ("name", "esm-agents"));
        var first = await h.Activities.CreateGroupAsync(On(EventTasks.CreateGroup, card));
        Assert.Equal(ActivityStatus.Failed, first.Status);
        Assert.Null(h.ValueOf(card, "group_id"));

        var second = await h.Activities.CreateGroupAsync(On(EventTasks.CreateGroup, card));

        Assert.True(second.IsCompleted, second.Message);
        Assert.Equal(1, h.Jira.GroupCount);
        Assert.Equal(h.Jira.FindGroupId("esm-agents"), h.ValueOf(card, "group_id"));
    }

    internal static string Id(long card) => card.ToString(CultureInfo.InvariantCulture);
}
