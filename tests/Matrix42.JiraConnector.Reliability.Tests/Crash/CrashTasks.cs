using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Reliability.Tests.Crash;

/// <summary>The task definitions of the crash trials.</summary>
internal static class CrashTasks
{
    public static ScheduledTaskDefinition For(TaskShape shape) => shape switch
    {
        TaskShape.GenericFull => Generic(ScheduledTaskKind.Full),
        TaskShape.GenericIncremental => Generic(ScheduledTaskKind.Incremental),
        TaskShape.DirectoryGroupsListMembers => Directory(MembershipStorageSide.GroupListsMembers, "members"),
        _ => Directory(MembershipStorageSide.PersonListsGroups, "groups"),
    };

    private static ScheduledTaskDefinition Generic(ScheduledTaskKind kind) => new()
    {
        Id = CrashHarness.TaskId,
        Name = "Tickets",
        MappingsType = MappingsType.Generic,
        Kind = kind,
        // No overlap: the watermark alone must keep every unloaded issue in the next run's query.
        IncrementalOverlap = TimeSpan.Zero,
        Jql = "project = OPS",
        Generic = new ScheduledTargetDefinition
        {
            Template = "ticket",
            Folder = "tickets",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { Attribute = "jira_id" },
            Mappings =
            [
                new AttributeMappingDefinition { Source = "key", Target = "jira_key" },
                new AttributeMappingDefinition { Source = "fields.summary", Target = "summary" },
            ],
            Removed = new StateValueSetting { Enabled = true, Attribute = "state", Value = "5 - Removed" },
            DeletionGuard = new DeletionGuardSettings { MaxShare = 1.0 },
        },
    };

    private static ScheduledTaskDefinition Directory(MembershipStorageSide side, string attribute) => new()
    {
        Id = CrashHarness.TaskId,
        Name = "Directory",
        MappingsType = MappingsType.IdentityAndAccessRights,
        Memberships = new MembershipSettings { StoredOn = side, Attribute = attribute },
        Identity = new ScheduledTargetDefinition
        {
            Template = "person",
            Folder = "people",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { Attribute = "account_id" },
            Mappings = [new AttributeMappingDefinition { Source = "displayName", Target = "name" }],
            Inactive = new StateValueSetting { Enabled = true, Attribute = "account_state", Value = "4 - Inactive" },
            Removed = new StateValueSetting { Enabled = true, Attribute = "account_state", Value = "5 - Removed" },
            Restored = new StateValueSetting { Enabled = true, Attribute = "account_state", Value = "1 - Active" },
            DeletionGuard = new DeletionGuardSettings { MaxShare = 1.0 },
        },
        AccessRight = new ScheduledTargetDefinition
        {
            Template = "group",
            Folder = "groups",
            TaskIdAttribute = "task_id",
            MatchKey = new MatchKeySettings { Attribute = "group_id" },
            Mappings = [new AttributeMappingDefinition { Source = "name", Target = "name" }],
            Removed = new StateValueSetting { Enabled = true, Attribute = "group_state", Value = "5 - Removed" },
            DeletionGuard = new DeletionGuardSettings { MaxShare = 1.0 },
        },
    };
}
