using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Issues;

public sealed class TransitionToStatusTests
{
    private const string Transitions = """
        {"transitions":[
          {"id":"21","name":"Start","to":{"id":"3","name":"In Progress"},"fields":{}},
          {"id":"41","name":"Close","to":{"id":"6","name":"Closed"},
           "fields":{"resolution":{"required":true,"hasDefaultValue":false,"allowedValues":[{"name":"Done"}]},
                     "comment":{"required":false}}}]}
        """;

    private static readonly JsonObject DoneWithExtras = new()
    {
        ["resolution"] = new JsonObject { ["name"] = "Done" },
        ["customfield_10099"] = "not on this screen",
    };

    [Fact]
    public async Task TransitionToStatusAsync_ClosedC37_PicksByTargetAndSendsOnlyScreenFields()
    {
        var stub = Of(JsonBody(Transitions), Status(HttpStatusCode.NoContent));
        using var client = TestClients.Create(stub);

        var used = await client.Issues.TransitionToStatusAsync("ACME-37", "closed", DoneWithExtras);

        Assert.Equal("41", used.Id);
        Assert.Equal("transitions.fields", stub.Requests[0].QueryValue("expand"));
        Assert.Equal("""{"transition":{"id":"41"},"fields":{"resolution":{"name":"Done"}}}""", stub.Requests[1].Body);
    }

    [Fact]
    public async Task TransitionToStatusAsync_RequiredFieldMissingC37_FailsBeforeCallingJiraNamingTheField()
    {
        var stub = Of(JsonBody(Transitions), Status(HttpStatusCode.NoContent));
        using var client = TestClients.Create(stub);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            client.Issues.TransitionToStatusAsync("ACME-37", "Closed"));

        Assert.Contains("resolution", ex.Message, StringComparison.Ordinal);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task TransitionToStatusAsync_NoTransitionLeadsThere_FailsListingReachableStatuses()
    {
        var stub = Of(JsonBody(Transitions));
        using var client = TestClients.Create(stub);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            client.Issues.TransitionToStatusAsync("ACME-37", "Resolved"));

        Assert.Contains("In Progress", ex.Message, StringComparison.Ordinal);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task TransitionToStatusAsync_ByStatusIdWithoutScreenFields_SendsNoFields()
    {
        var stub = Of(JsonBody(Transitions), Status(HttpStatusCode.NoContent));
        using var client = TestClients.Create(stub);

        await client.Issues.TransitionToStatusAsync("ACME-37", "3", DoneWithExtras);

        Assert.Equal("""{"transition":{"id":"21"}}""", stub.Requests[1].Body);
    }
}
