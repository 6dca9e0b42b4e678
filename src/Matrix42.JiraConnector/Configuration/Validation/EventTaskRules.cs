namespace Matrix42.JiraConnector.Configuration;

/// <summary>Offline rules for one event task.</summary>
internal static class EventTaskRules
{
    private static readonly string[] CreateIssueFields = ["project", "issuetype", "summary"];

    public static void Check(ProblemCollector problems, EventTaskDefinition? task, string path, UniqueNames ids,
        UniqueNames names)
    {
        if (task is null)
        {
            problems.Add(path, ConfigurationRule.Required, "The task entry is empty.");
            return;
        }

        IdRules.CheckIdAndName(problems, task.Id, task.Name, path, ids, names, "The task name");

        problems.RequireWithin(task.Template, $"{path}.template", "The target template",
            ConfigurationLimits.MaxCodeLength);
        problems.RequireWithin(task.Folder, $"{path}.folder", "The target folder", ConfigurationLimits.MaxCodeLength);
        CheckAttributeCodes(problems, task, path);
        CheckUsage(problems, task, path);
        var mapped = CheckMappings(problems, task, path);
        EventTriggerRules.Check(problems, task, path);

        if (task.Usage == EventTaskUsage.CreateIssue)
        {
            foreach (var field in CreateIssueFields.Where(f => !mapped.Contains(f)))
            {
                problems.Add($"{path}.mappings", ConfigurationRule.MissingMapping,
                    $"A create-issue task must map '{field}' (project, issuetype and summary are required by Jira).");
            }
        }
    }

    private static void CheckUsage(ProblemCollector problems, EventTaskDefinition task, string path)
    {
        var isIssueUsage = task.Usage is EventTaskUsage.CreateIssue or EventTaskUsage.UpdateIssue;
        if (isIssueUsage && task.MappingsType != MappingsType.Generic)
        {
            problems.Add($"{path}.mappingsType", ConfigurationRule.Conflict,
                $"Usage {task.Usage} works on generic cards; set mappingsType to Generic.");
        }
        else if (!isIssueUsage && task.MappingsType == MappingsType.Generic)
        {
            problems.Add($"{path}.mappingsType", ConfigurationRule.Conflict,
                "Provisioning needs an identity or access-right mappings type, not Generic.");
        }

        if (task.Usage == EventTaskUsage.UpdateIssue &&
            string.IsNullOrWhiteSpace(task.WriteBack?.IssueKeyAttribute) &&
            string.IsNullOrWhiteSpace(task.WriteBack?.IssueIdAttribute))
        {
            problems.Add($"{path}.writeBack.issueKeyAttribute", ConfigurationRule.Required,
                "An update task needs the attribute that holds the issue key or id.");
        }

        if (task.Usage == EventTaskUsage.Provisioning)
        {
            if (task.MappingsType is MappingsType.IdentityOnly or MappingsType.IdentityAndAccessRights)
            {
                problems.Require(task.PersonAttribute, $"{path}.personAttribute", "The person reference attribute");
            }

            if (task.MappingsType is MappingsType.AccessRightOnly or MappingsType.IdentityAndAccessRights)
            {
                problems.Require(task.RoleAttribute, $"{path}.roleAttribute", "The role reference attribute");
            }
        }
    }

    private static void CheckAttributeCodes(ProblemCollector problems, EventTaskDefinition task, string path)
    {
        (string? Value, string Setting)[] codes =
        [
            (task.PersonAttribute, "personAttribute"), (task.RoleAttribute, "roleAttribute"),
            (task.ProvisioningExceptionAttribute, "provisioningExceptionAttribute"),
            (task.GroupMembershipExceptionAttribute, "groupMembershipExceptionAttribute"),
            (task.WriteBack?.IssueKeyAttribute, "writeBack.issueKeyAttribute"),
            (task.WriteBack?.IssueIdAttribute, "writeBack.issueIdAttribute"),
            (task.WriteBack?.AccountIdAttribute, "writeBack.accountIdAttribute"),
            (task.WriteBack?.GroupIdAttribute, "writeBack.groupIdAttribute"),
        ];
        foreach (var (value, setting) in codes)
        {
            problems.FitsLimit(value, $"{path}.{setting}", ConfigurationLimits.MaxCodeLength, "The attribute code");
        }
    }

    private static HashSet<string> CheckMappings(ProblemCollector problems, EventTaskDefinition task, string path)
    {
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        var fields = new UniqueNames("Jira field", ConfigurationRule.DuplicateMapping, StringComparer.Ordinal);
        for (var i = 0; i < task.Mappings.Count; i++)
        {
            var mapping = task.Mappings[i];
            var at = $"{path}.mappings[{i}]";
            if (mapping is null)
            {
                problems.Add(at, ConfigurationRule.Required, "The mapping entry is empty.");
                continue;
            }

            MappingRules.CheckSourceOrConstant(problems, mapping.Source, mapping.Constant, at);
            problems.FitsLimit(mapping.Source, $"{at}.source", ConfigurationLimits.MaxCodeLength,
                "The source attribute");
            MappingRules.CheckValues(problems, mapping.Constant, mapping.ValueTable, at);
            if (!problems.RequireWithin(mapping.Field, $"{at}.field", "The Jira field",
                    ConfigurationLimits.MaxPathLength))
            {
                continue;
            }

            if (!JiraFieldNames.TryParseReference(mapping.Field, out var name, out _))
            {
                problems.Add($"{at}.field", ConfigurationRule.UnknownField,
                    $"'{ValueExcerpt.Of(mapping.Field)}' is neither a Jira system field nor a custom field id; write " +
                    $"a custom field by display name as [\"{ValueExcerpt.Of(mapping.Field)}\"].");
                continue;
            }

            fields.Check(problems, name, $"{at}.field");
            mapped.Add(name);
        }

        return mapped;
    }
}
