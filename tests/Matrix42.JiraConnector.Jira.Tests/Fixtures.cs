using System.Text.Json;
using Matrix42.JiraConnector.TestSupport;

namespace Matrix42.JiraConnector.Jira.Tests;

/// <summary>Short names for the shared Jira fixture files (see the cases document for their origin).</summary>
internal static class Fixtures
{
    public const string F01GetIssue = "ctreminiom__go-atlassian__jira_v3_mocks_get-issue.json";
    public const string F02GetIssueV2 = "ctreminiom__go-atlassian__jira_v3_mocks_get-issue-v2.json";
    public const string F03SearchIssues = "ctreminiom__go-atlassian__jira_v3_mocks_search-issues.json";
    public const string F04Comments = "ctreminiom__go-atlassian__jira_v3_mocks_get-issue-comments.json";
    public const string F05BulkGroups = "ctreminiom__go-atlassian__jira_v3_mocks_bulk-groups.json";
    public const string F06GroupMembers = "ctreminiom__go-atlassian__jira_v3_mocks_group-members.json";
    public const string F08GetUsers = "ctreminiom__go-atlassian__jira_v3_mocks_get-users.json";
    public const string F09Transitions = "ctreminiom__go-atlassian__jira_v3_mocks_get-transitions.json";
    public const string F10ErrorFieldMap =
        "ctreminiom__go-atlassian__jira_v3_mocks_" +
        "validate-project-error-message.json";
    public const string F11Customer = "ctreminiom__go-atlassian__jira_sm_mocks_create-customer.json";
    public const string F12SearchPage1 = "ankitpokhrel__jira-cli__pkg_jira_testdata_search_page1.json";
    public const string F13SearchPage2 = "ankitpokhrel__jira-cli__pkg_jira_testdata_search_page2.json";
    public const string F14SearchEmpty = "ankitpokhrel__jira-cli__pkg_jira_testdata_search_empty.json";
    public const string F15AdfDocument = "ankitpokhrel__jira-cli__pkg_adf_testdata_md.json";
    public const string F17Issue2 = "ankitpokhrel__jira-cli__pkg_jira_testdata_issue-2.json";
    public const string F19JqlPage1 = "mattermost__mattermost-plugin-jira__server_testdata_rhs-search-jql-page1.json";
    public const string F20JqlLast = "mattermost__mattermost-plugin-jira__server_testdata_rhs-search-jql-last.json";
    public const string F21Webhook =
        "mattermost__mattermost-plugin-jira__server_testdata_" +
        "webhook-cloud-issue-created-many-fields.json";
    public const string F22Issues =
        "airbytehq__airbyte__airbyte-integrations_connectors_" +
        "source-jira_unit_tests_responses_issues.json";
    public const string F23Comments =
        "airbytehq__airbyte__airbyte-integrations_connectors_" +
        "source-jira_unit_tests_responses_issue_comments.json";
    public const string F25ServerComments = "sumoheavy__jira-ruby__spec_mock_responses_issue_10002_comment.json";
    public const string F26InvalidPut = "sumoheavy__jira-ruby__spec_mock_responses_issue_10002.invalid.put.json";

    public static string Text(string fileName) => File.ReadAllText(SharedFiles.JiraFixture(fileName));

    public static JsonElement Json(string fileName)
    {
        using var document = JsonDocument.Parse(Text(fileName));
        return document.RootElement.Clone();
    }

    /// <summary>The JSON without insignificant whitespace and without HTML escaping, for exact comparisons.</summary>
    public static string Compact(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString(Relaxed);

    private static readonly JsonSerializerOptions Relaxed = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
