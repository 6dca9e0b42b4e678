using Matrix42.JiraConnector.Testing.Esm;

namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>
/// Defines the fake ESM tenant's templates: persons, groups and Jira tickets filled by the scheduled tasks,
/// incidents and provisioning tasks read by the event tasks. Attributes are typed and states are static values,
/// as on a real tenant.
/// </summary>
internal static class DemoEsmTenant
{
    public const string Login = "webapi";
    public const string Password = "webapi-password";

    public const string Active = "1 - Active";
    public const string Inactive = "2 - Inactive";
    public const string Removed = "5 - Removed";

    /// <summary>Defines the templates and adds the incident cards the event step starts from.</summary>
    public static DemoEsmFacts Seed(FakeEsm esm)
    {
        FakeEsmStaticValue[] states = [new("active", Active), new("inactive", Inactive), new("removed", Removed)];
        esm.DefineTemplate("person", "Person", t => t
            .Folder("jira_people", "Jira people")
            .Text("name").Text("account_id").Text("email").Text("time_zone")
            .StaticValue(
                "account_type", [new("atlassian", "atlassian"), new("app", "app"), new("customer", "customer")])
            .StaticValue("status", states)
            .Text("task_id").Text("data_source"));
        esm.DefineTemplate("jira_group", "Jira group", t => t
            .Folder("jira_groups", "Jira groups")
            .Text("name").Text("group_id")
            .Reference("members", ["person"], multiValue: true)
            .StaticValue("status", states)
            .Text("task_id").Text("data_source"));
        esm.DefineTemplate("jira_ticket", "Jira ticket", t => t
            .Folder("jira_tickets", "Jira tickets")
            .Text("subject").Text("issue_id").Text("issue_key").Text("description").Text("jira_status")
            .Text("assignee_account")
            .Text("esm_reference").Number("story_points").Date("due_review").DateTime("updated")
            .StaticValue("impact", [new("low", "Low"), new("medium", "Medium"), new("high", "High")])
            .Text("sites", multiValue: true)
            .StaticValue("state", [new("open", "1 - Open"), new("closed", "5 - Closed"), new("removed", Removed)])
            .Worklog("comments")
            .Text("task_id").Text("data_source"));
        esm.DefineTemplate("incident", "Incident", t => t
            .Folder("incidents", "Incidents")
            .Text("subject").Text("description").Text("jira_key").Text("jira_id")
            .StaticValue("status", [new("new", "1 - New"), new("resolved", "4 - Resolved")])
            .Worklog("comments"));
        esm.DefineTemplate("iga_task", "Access request", t => t
            .Folder("iga_tasks", "Access requests")
            .Text("subject")
            .Reference("account", ["person"])
            .Reference("roles", ["jira_group"], multiValue: true));

        var incident = esm.AddCard("incident", "incidents", new Dictionary<string, object?>
        {
            ["subject"] = "Conference room display is black",
            ["description"] = "The display in room 4.12 shows no picture since this morning.",
            ["status"] = "1 - New",
        });
        return new DemoEsmFacts(incident);
    }
}
