using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Testing.Esm;

namespace Matrix42.JiraConnector.Benchmarks.Scale;

/// <summary>The two scheduled tasks the harness runs and the ESM templates they write to.</summary>
internal static class ScaleTasks
{
    public const string Removed = "5 - Removed";
    public const string Inactive = "4 - Inactive";
    public const string Active = "1 - Active";

    private static readonly string[] IssueSources =
    [
        "key", "fields.summary", "fields.status.name", "fields.priority.name", "fields.issuetype.name",
        "fields.project.key", "fields.assignee.accountId", "fields.reporter.accountId", "fields.created",
        "fields.updated", "fields.description",
    ];

    public static void DefineTemplates(FakeEsm esm)
    {
        IReadOnlyList<FakeEsmStaticValue> states =
            [new("active", Active), new("inactive", Inactive), new("removed", Removed)];
        esm.DefineTemplate("ticket", "Ticket", t =>
        {
            t.Folder("tickets").Text("jira_id").Text("task_id").StaticValue("state", states);
            for (var i = 0; i < IssueSources.Length; i++)
            {
                t.Text(Attribute(i));
            }
        });
        esm.DefineTemplate("person", "Person", t => t
            .Folder("people").Text("account_id").Text("name").Text("task_id").StaticValue("account_state", states));
        esm.DefineTemplate("group", "Group", t => t
            .Folder("groups").Text("group_id").Text("name").Text("task_id").StaticValue("group_state", states)
            .Reference("members", ["person"], multiValue: true));
    }

    public static ScheduledTaskDefinition Directory() => new()
    {
        Id = "scale-directory",
        Name = "Directory at scale",
        MappingsType = MappingsType.IdentityAndAccessRights,
        Memberships = new MembershipSettings
        {
            StoredOn = MembershipStorageSide.GroupListsMembers, Attribute = "members",
        },
        Identity = new ScheduledTargetDefinition
        {
            Template = "person",
            Folder = "people",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { Attribute = "account_id" },
            Mappings = [new AttributeMappingDefinition { Source = "displayName", Target = "name" }],
            Inactive = new StateValueSetting { Enabled = true, Attribute = "account_state", Value = Inactive },
            Removed = new StateValueSetting { Enabled = true, Attribute = "account_state", Value = Removed },
            Restored = new StateValueSetting { Enabled = true, Attribute = "account_state", Value = Active },
        },
        AccessRight = new ScheduledTargetDefinition
        {
            Template = "group",
            Folder = "groups",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { Attribute = "group_id" },
            Mappings = [new AttributeMappingDefinition { Source = "name", Target = "name" }],
            Removed = new StateValueSetting { Enabled = true, Attribute = "group_state", Value = Removed },
        },
    };

    public static ScheduledTaskDefinition Issues(IEnumerable<string> projectKeys)
    {
        var target = new ScheduledTargetDefinition
        {
            Template = "ticket",
            Folder = "tickets",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { Attribute = "jira_id" },
            Removed = new StateValueSetting { Enabled = true, Attribute = "state", Value = Removed },
            Restored = new StateValueSetting { Enabled = true, Attribute = "state", Value = Active },
        };
        for (var i = 0; i < IssueSources.Length; i++)
        {
            target.Mappings.Add(new AttributeMappingDefinition { Source = IssueSources[i], Target = Attribute(i) });
        }

        return new ScheduledTaskDefinition
        {
            Id = "scale-issues",
            Name = "Issues at scale",
            MappingsType = MappingsType.Generic,
            Jql = "project IN (" + string.Join(", ", projectKeys) + ") ORDER BY id",
            Generic = target,
        };
    }

    private static string Attribute(int index) => "a" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
