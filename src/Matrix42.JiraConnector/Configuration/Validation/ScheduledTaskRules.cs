namespace Matrix42.JiraConnector.Configuration;

/// <summary>Offline rules for one scheduled task.</summary>
internal static class ScheduledTaskRules
{
    private static readonly string[] AccountTypes = ["atlassian", "app", "customer"];

    public static void Check(ProblemCollector problems, ScheduledTaskDefinition? task, string path, UniqueNames ids,
        UniqueNames names)
    {
        if (task is null)
        {
            problems.Add(path, ConfigurationRule.Required, "The task entry is empty.");
            return;
        }

        IdRules.CheckIdAndName(problems, task.Id, task.Name, path, ids, names, "The task name");

        ScheduleRules.Check(problems, task.Schedule ?? new ScheduleSettings(), $"{path}.schedule");
        CheckKind(problems, task, path);
        CheckTargets(problems, task, path);
        CheckFailure(problems, task.Failure ?? new FailureSettings(), $"{path}.failure");
        CheckMemberships(problems, task, path);

        for (var i = 0; i < task.UserFilter.AccountTypes.Count; i++)
        {
            if (!AccountTypes.Contains(task.UserFilter.AccountTypes[i]))
            {
                problems.Add($"{path}.userFilter.accountTypes[{i}]", ConfigurationRule.InvalidValue,
                    $"'{ValueExcerpt.Of(task.UserFilter.AccountTypes[i])}' is not a Jira account type " +
                    "(atlassian, app, customer).");
            }
        }

        for (var i = 0; i < task.CacheExpiryHoursUtc.Count; i++)
        {
            if (task.CacheExpiryHoursUtc[i] is < 0 or > 23)
            {
                problems.Add($"{path}.cacheExpiryHoursUtc[{i}]", ConfigurationRule.InvalidValue,
                    "An hour must be between 0 and 23.");
            }
        }
    }

    private static void CheckKind(ProblemCollector problems, ScheduledTaskDefinition task, string path)
    {
        if (task.MappingsType == MappingsType.Generic)
        {
            problems.Require(task.Jql, $"{path}.jql", "A generic task's JQL query");
        }

        problems.FitsLimit(task.Jql, $"{path}.jql", ConfigurationLimits.MaxJqlLength, "The JQL query");

        if (task.Kind == ScheduledTaskKind.Incremental && task.MappingsType != MappingsType.Generic)
        {
            problems.Add($"{path}.kind", ConfigurationRule.Unsupported,
                "Incremental runs are only defined for generic tasks: Jira users and groups carry no change time, " +
                "so identity and access-right tasks must be Full.");
        }

        if (task.IncrementalOverlap < TimeSpan.Zero || task.IncrementalOverlap > TimeSpan.FromDays(1))
        {
            problems.Add($"{path}.incrementalOverlap", ConfigurationRule.InvalidValue,
                "The incremental overlap must be between 0 and 1 day.");
        }
    }

    private static void CheckTargets(ProblemCollector problems, ScheduledTaskDefinition task, string path)
    {
        var (identity, accessRight, generic) = task.MappingsType switch
        {
            MappingsType.IdentityAndAccessRights => (true, true, false),
            MappingsType.IdentityOnly => (true, false, false),
            MappingsType.AccessRightOnly => (false, true, false),
            _ => (false, false, true),
        };

        CheckTarget(problems, task.Identity, identity, $"{path}.identity", JiraEntityKind.User, task.MappingsType);
        CheckTarget(problems, task.AccessRight, accessRight, $"{path}.accessRight", JiraEntityKind.Group,
            task.MappingsType);
        CheckTarget(problems, task.Generic, generic, $"{path}.generic", JiraEntityKind.Issue, task.MappingsType);
    }

    private static void CheckTarget(ProblemCollector problems, ScheduledTargetDefinition? target, bool needed,
        string path, JiraEntityKind kind, MappingsType mappingsType)
    {
        if (!needed)
        {
            if (target is not null)
            {
                problems.Add(path, ConfigurationRule.Conflict,
                    $"This target is not used by mappings type {mappingsType}; remove it or change the type.");
            }

            return;
        }

        if (target is null)
        {
            problems.Add(path, ConfigurationRule.Required, $"Mappings type {mappingsType} needs this target.");
            return;
        }

        const int code = ConfigurationLimits.MaxCodeLength;
        problems.RequireWithin(target.Template, $"{path}.template", "The target template", code);
        problems.RequireWithin(target.Folder, $"{path}.folder", "The target folder", code);
        problems.RequireWithin(target.TaskIdAttribute, $"{path}.taskIdAttribute",
            "The task-id attribute (stamped on every card the task writes)", code);
        problems.RequireWithin(target.MatchKey?.Attribute, $"{path}.matchKey.attribute", "The match-key attribute",
            code);
        problems.FitsLimit(target.DataSourceTypeAttribute, $"{path}.dataSourceTypeAttribute", code,
            "The data-source-type attribute");
        if (!string.IsNullOrWhiteSpace(target.MatchKey?.JiraPath) && problems.FitsLimit(target.MatchKey.JiraPath,
                $"{path}.matchKey.jiraPath", ConfigurationLimits.MaxPathLength, "The match-key path"))
        {
            MappingRules.CheckPath(problems, target.MatchKey.JiraPath, $"{path}.matchKey.jiraPath", kind);
        }

        MappingRules.CheckReadMappings(problems, target, path, kind);
        CheckStateValue(problems, target.Inactive, $"{path}.inactive");
        CheckStateValue(problems, target.Removed, $"{path}.removed");
        CheckStateValue(problems, target.Restored, $"{path}.restored");

        var guard = target.DeletionGuard ?? new DeletionGuardSettings();
        if (guard.MaxShare is < 0 or > 1 || double.IsNaN(guard.MaxShare))
        {
            problems.Add($"{path}.deletionGuard.maxShare", ConfigurationRule.InvalidValue,
                "The share must be between 0 and 1.");
        }

        if (guard.MaxCount < 0)
        {
            problems.Add($"{path}.deletionGuard.maxCount", ConfigurationRule.InvalidValue,
                "The count must not be negative.");
        }
    }

    private static void CheckStateValue(ProblemCollector problems, StateValueSetting? setting, string path)
    {
        if (setting is { Enabled: true })
        {
            problems.RequireWithin(setting.Attribute, $"{path}.attribute", "The attribute of an enabled state value",
                ConfigurationLimits.MaxCodeLength);
            problems.RequireWithin(setting.Value, $"{path}.value", "The value of an enabled state value",
                ConfigurationLimits.MaxValueLength);
        }
    }

    private static void CheckFailure(ProblemCollector problems, FailureSettings failure, string path)
    {
        var set = new[] { failure.Template, failure.Folder, failure.Attribute }
            .Count(v => !string.IsNullOrWhiteSpace(v));
        if (set is > 0 and < 3)
        {
            problems.Require(failure.Template, $"{path}.template", "The failure template");
            problems.Require(failure.Folder, $"{path}.folder", "The failure folder");
            problems.Require(failure.Attribute, $"{path}.attribute", "The failure attribute");
        }

        problems.FitsLimit(failure.Template, $"{path}.template", ConfigurationLimits.MaxCodeLength,
            "The failure template");
        problems.FitsLimit(failure.Folder, $"{path}.folder", ConfigurationLimits.MaxCodeLength, "The failure folder");
        problems.FitsLimit(failure.Attribute, $"{path}.attribute", ConfigurationLimits.MaxCodeLength,
            "The failure attribute");
    }

    private static void CheckMemberships(ProblemCollector problems, ScheduledTaskDefinition task, string path)
    {
        var memberships = task.Memberships ?? new MembershipSettings();
        if (memberships.StoredOn == MembershipStorageSide.None)
        {
            return;
        }

        if (task.MappingsType != MappingsType.IdentityAndAccessRights)
        {
            problems.Add($"{path}.memberships.storedOn", ConfigurationRule.Conflict,
                "Memberships can only be stored by an IdentityAndAccessRights task.");
            return;
        }

        problems.RequireWithin(memberships.Attribute, $"{path}.memberships.attribute",
            "The reference attribute that lists memberships", ConfigurationLimits.MaxCodeLength);
    }
}
