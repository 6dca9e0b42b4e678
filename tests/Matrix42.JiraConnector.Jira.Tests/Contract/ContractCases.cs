using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Jira.Adf;

namespace Matrix42.JiraConnector.Jira.Tests.Contract;

/// <summary>
/// One call of every public client operation, with arguments that exercise its optional parts and a
/// canned answer shaped like Jira's. Keyed by "Interface.Method" so a new operation without a case fails
/// the coverage test.
/// </summary>
internal static class ContractCases
{
    private const string GroupId = "276f955c-63d7-42c8-9520-92d01dca0625";
    private const string AccountId = "712020:00000000-0000-4000-8000-0000000a11ce";
    private static readonly JiraSearchRequest Search = new()
    {
        Jql = "project = OPS AND updated >= \"2025/06/02 10:15\"",
        Fields = ["summary", "updated", "customfield_10050"],
        Expand = ["names", "schema"],
        Properties = ["esm.sync"],
        ReconcileIssues = [10042],
        MaxResults = 100,
    };

    private static readonly JiraIssueCreate NewIssue = new()
    {
        Fields = new JsonObject
        {
            ["project"] = new JsonObject { ["key"] = "OPS" },
            ["issuetype"] = new JsonObject { ["id"] = "10004" },
            ["summary"] = "Printer down",
            ["description"] = AdfText.FromPlainText("Floor 3\nnear the lift"),
            ["labels"] = new JsonArray("esm-sync"),
        },
        Properties = [new JiraEntityProperty { Key = "esm.sync", Value = new JsonObject { ["esmId"] = "INC-1" } }],
    };

    private static readonly JiraCommentContent CommentText = JiraCommentContent.FromText("Hi\n\nthere");

    public sealed record Case(Func<IJiraClient, Task> Call, HttpStatusCode Status, string Body);

    public static IReadOnlyDictionary<string, Case> All { get; } = new Dictionary<string, Case>
    {
        ["IJiraConnectionOperations.GetMyselfAsync"] = new(
            c => c.Connection.GetMyselfAsync(),
            HttpStatusCode.OK, """{"accountId":"a"}"""),
        ["IJiraConnectionOperations.GetServerInfoAsync"] = new(
            c => c.Connection.GetServerInfoAsync(),
            HttpStatusCode.OK, "{}"),
        ["IJiraConnectionOperations.TestConnectionAsync"] = new(
            c => c.Connection.TestConnectionAsync(),
            HttpStatusCode.OK, """{"accountId":"a"}"""),

        ["IJiraSearchOperations.SearchAsync"] = new(
            c => Drain(c.Search.SearchAsync(Search)),
            HttpStatusCode.OK, """{"issues":[],"isLast":true}"""),
        ["IJiraSearchOperations.SearchPagesAsync"] = new(
            c => Drain(c.Search.SearchPagesAsync(Search, "token-2")),
            HttpStatusCode.OK, """{"issues":[],"isLast":true}"""),
        ["IJiraSearchOperations.GetPageAsync"] = new(
            c => c.Search.GetPageAsync(Search),
            HttpStatusCode.OK, """{"issues":[],"isLast":true}"""),
        ["IJiraSearchOperations.SearchStampsAsync"] = new(
            c => Drain(c.Search.SearchStampsAsync("project = OPS")),
            HttpStatusCode.OK, """{"issues":[],"isLast":true}"""),
        ["IJiraSearchOperations.CountApproximatelyAsync"] = new(
            c => c.Search.CountApproximatelyAsync("project = OPS"),
            HttpStatusCode.OK, """{"count":1}"""),
        ["IJiraSearchOperations.ParseAsync"] = new(
            c => c.Search.ParseAsync(["project = OPS"], JqlValidation.Warn),
            HttpStatusCode.OK, """{"queries":[]}"""),

        ["IJiraIssueOperations.GetAsync"] = new(
            c => c.Issues.GetAsync("OPS-7", ["summary"], ["names"]),
            HttpStatusCode.OK, """{"id":"1","key":"OPS-7"}"""),
        ["IJiraIssueOperations.BulkFetchAsync"] = new(
            c => c.Issues.BulkFetchAsync(["OPS-7", "10042"], ["summary"]),
            HttpStatusCode.OK, """{"issues":[],"issueErrors":[]}"""),
        ["IJiraIssueOperations.CreateAsync"] = new(
            c => c.Issues.CreateAsync(NewIssue),
            HttpStatusCode.Created, """{"id":"1","key":"OPS-7"}"""),
        ["IJiraIssueOperations.BulkCreateAsync"] = new(
            c => c.Issues.BulkCreateAsync([NewIssue, NewIssue]),
            HttpStatusCode.Created, """{"issues":[],"errors":[]}"""),
        ["IJiraIssueOperations.UpdateAsync"] = new(c => c.Issues.UpdateAsync("OPS-7", new JiraIssueUpdate
        {
            Fields = new JsonObject { ["summary"] = "New" },
            Update = new JsonObject { ["labels"] = new JsonArray(new JsonObject { ["add"] = "x" }) },
        }, notifyUsers: false), HttpStatusCode.NoContent, ""),
        ["IJiraIssueOperations.DeleteAsync"] = new(
            c => c.Issues.DeleteAsync("OPS-7", deleteSubtasks: true),
            HttpStatusCode.NoContent, ""),
        ["IJiraIssueOperations.GetTransitionsAsync"] = new(
            c => c.Issues.GetTransitionsAsync("OPS-7"),
            HttpStatusCode.OK, """{"transitions":[]}"""),
        ["IJiraIssueOperations.TransitionAsync"] = new(c => c.Issues.TransitionAsync("OPS-7", new JiraTransitionRequest
        {
            TransitionId = "31",
            Fields = new JsonObject { ["resolution"] = new JsonObject { ["name"] = "Done" } },
            Update = new JsonObject
            {
                ["comment"] = new JsonArray(new JsonObject
                {
                    ["add"] = new JsonObject { ["body"] = AdfText.FromPlainText("Closed") },
                }),
            },
        }), HttpStatusCode.NoContent, ""),
        ["IJiraIssueOperations.TransitionToStatusAsync"] = new(
            c => c.Issues.TransitionToStatusAsync("OPS-7", "Done", new JsonObject
            {
                ["resolution"] = new JsonObject { ["name"] = "Done" },
            }),
            HttpStatusCode.OK, """
                {"transitions":[{"id":"31","name":"Resolve","to":{"id":"5","name":"Done"},
                "fields":{"resolution":{"required":true}}}]}
                """),
        ["IJiraIssueOperations.GetPropertyAsync"] = new(
            c => c.Issues.GetPropertyAsync("OPS-7", "esm.sync"),
            HttpStatusCode.OK, """{"key":"esm.sync","value":{}}"""),
        ["IJiraIssueOperations.SetPropertyAsync"] = new(
            c => c.Issues.SetPropertyAsync("OPS-7", "esm.sync", new JsonObject { ["v"] = 1 }),
            HttpStatusCode.Created, ""),
        ["IJiraIssueOperations.GetChangelogAsync"] = new(
            c => Drain(c.Issues.GetChangelogAsync("OPS-7")),
            HttpStatusCode.OK, """{"values":[],"isLast":true}"""),

        ["IJiraCommentOperations.GetAllAsync"] = new(
            c => Drain(c.Comments.GetAllAsync("OPS-7")),
            HttpStatusCode.OK, """{"comments":[],"total":0}"""),
        ["IJiraCommentOperations.AddAsync"] = new(c => c.Comments.AddAsync("OPS-7", CommentText with
        {
            Visibility = new JiraVisibility { Type = "role", Value = "Administrators", Identifier = "Administrators" },
            Properties =
            [
                new JiraEntityProperty { Key = "sd.public.comment", Value = new JsonObject { ["internal"] = true } },
            ],
        }), HttpStatusCode.Created, """{"id":"1"}"""),
        ["IJiraCommentOperations.UpdateAsync"] = new(
            c => c.Comments.UpdateAsync("OPS-7", "10000", JiraCommentContent.FromText("Edited"), false),
            HttpStatusCode.OK, """{"id":"10000"}"""),
        ["IJiraCommentOperations.DeleteAsync"] = new(
            c => c.Comments.DeleteAsync("OPS-7", "10000"),
            HttpStatusCode.NoContent, ""),

        ["IJiraUserOperations.GetAllAsync"] = new(c => Drain(c.Users.GetAllAsync()), HttpStatusCode.OK, "[]"),
        ["IJiraUserOperations.SearchAsync"] = new(
            c => Drain(c.Users.SearchAsync("alice@example.com")),
            HttpStatusCode.OK, "[]"),
        ["IJiraUserOperations.GetAsync"] = new(
            c => c.Users.GetAsync(AccountId),
            HttpStatusCode.OK, """{"accountId":"a"}"""),
        ["IJiraUserOperations.CreateAsync"] = new(c => c.Users.CreateAsync(new JiraUserCreate
        {
            EmailAddress = "new@example.com",
            Products = ["jira-software"],
        }), HttpStatusCode.Created, """{"accountId":"a"}"""),
        ["IJiraUserOperations.DeleteAsync"] = new(c => c.Users.DeleteAsync(AccountId), HttpStatusCode.NoContent, ""),

        ["IJiraGroupOperations.GetGroupsAsync"] = new(c => Drain(c.Groups.GetGroupsAsync(new JiraGroupQuery
        {
            GroupIds = [GroupId],
            GroupNames = ["Dev & QA"],
        })), HttpStatusCode.OK, """{"values":[],"isLast":true}"""),
        ["IJiraGroupOperations.CreateAsync"] = new(
            c => c.Groups.CreateAsync("Dev & QA"),
            HttpStatusCode.Created, """{"groupId":"g"}"""),
        ["IJiraGroupOperations.DeleteAsync"] = new(
            c => c.Groups.DeleteAsync(GroupId, "6e87dc72-4f1f-421f-9382-2fee8b652487"),
            HttpStatusCode.OK, ""),
        ["IJiraGroupOperations.GetMembersAsync"] = new(
            c => Drain(c.Groups.GetMembersAsync(GroupId, true)),
            HttpStatusCode.OK, """{"values":[],"isLast":true}"""),
        ["IJiraGroupOperations.AddMemberAsync"] = new(
            c => c.Groups.AddMemberAsync(GroupId, AccountId),
            HttpStatusCode.Created, "{}"),
        ["IJiraGroupOperations.RemoveMemberAsync"] = new(
            c => c.Groups.RemoveMemberAsync(GroupId, AccountId),
            HttpStatusCode.OK, ""),

        ["IJiraMetadataOperations.GetFieldsAsync"] = new(c => c.Metadata.GetFieldsAsync(), HttpStatusCode.OK, "[]"),
        ["IJiraMetadataOperations.GetProjectsAsync"] = new(
            c => Drain(c.Metadata.GetProjectsAsync(["OPS", "HR"])),
            HttpStatusCode.OK, """{"values":[],"isLast":true}"""),
        ["IJiraMetadataOperations.GetIssueTypesAsync"] = new(
            c => c.Metadata.GetIssueTypesAsync(),
            HttpStatusCode.OK, "[]"),
        ["IJiraMetadataOperations.GetStatusesAsync"] = new(c => c.Metadata.GetStatusesAsync(), HttpStatusCode.OK, "[]"),
        ["IJiraMetadataOperations.GetResolutionsAsync"] = new(
            c => Drain(c.Metadata.GetResolutionsAsync()),
            HttpStatusCode.OK, """{"values":[],"isLast":true}"""),
        ["IJiraMetadataOperations.GetCreatableIssueTypesAsync"] = new(
            c => Drain(c.Metadata.GetCreatableIssueTypesAsync("OPS")),
            HttpStatusCode.OK, """{"issueTypes":[],"total":0}"""),
        ["IJiraMetadataOperations.GetCreateFieldsAsync"] = new(
            c => Drain(c.Metadata.GetCreateFieldsAsync("OPS", "10004")),
            HttpStatusCode.OK, """{"fields":[],"total":0}"""),
        ["IJiraMetadataOperations.GetEditFieldsAsync"] = new(
            c => c.Metadata.GetEditFieldsAsync("OPS-7"),
            HttpStatusCode.OK, """{"fields":{}}"""),
    };

    private static async Task Drain<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var _ in items)
        {
        }
    }
}
