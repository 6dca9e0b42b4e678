namespace Matrix42.JiraConnector.Configuration;

/// <summary>Offline rules for attribute mappings in both directions.</summary>
internal static class MappingRules
{
    public static void CheckReadMappings(ProblemCollector problems, ScheduledTargetDefinition target, string path,
        JiraEntityKind kind)
    {
        var attributes = new UniqueNames("target attribute", ConfigurationRule.DuplicateMapping,
            StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < target.Mappings.Count; i++)
        {
            var mapping = target.Mappings[i];
            var at = $"{path}.mappings[{i}]";
            if (mapping is null)
            {
                problems.Add(at, ConfigurationRule.Required, "The mapping entry is empty.");
                continue;
            }

            if (problems.RequireWithin(mapping.Target, $"{at}.target", "The ESM attribute",
                    ConfigurationLimits.MaxCodeLength))
            {
                attributes.Check(problems, mapping.Target, $"{at}.target");
                if (string.Equals(mapping.Target, target.TaskIdAttribute, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{at}.target", ConfigurationRule.Conflict,
                        "The task-id attribute is stamped by the task and cannot be mapped.");
                }
            }

            CheckSourceOrConstant(problems, mapping.Source, mapping.Constant, at);
            if (mapping.Source is not null && mapping.Constant is null &&
                problems.FitsLimit(mapping.Source, $"{at}.source", ConfigurationLimits.MaxPathLength,
                    "The source path"))
            {
                CheckPath(problems, mapping.Source, $"{at}.source", kind);
            }

            CheckValues(problems, mapping.Constant, mapping.ValueTable, at);
            problems.FitsLimit(mapping.ValueTableDefault, $"{at}.valueTableDefault", ConfigurationLimits.MaxValueLength,
                "The value-table default");
            problems.FitsLimit(mapping.JoinWith, $"{at}.joinWith", ConfigurationLimits.MaxCodeLength,
                "The join separator");
            problems.FitsLimit(mapping.ReferenceIndex, $"{at}.referenceIndex", ConfigurationLimits.MaxCodeLength,
                "The reference index name");

            if (mapping.ValueTableDefault is not null && mapping.ValueTable.Count == 0)
            {
                problems.Add($"{at}.valueTableDefault", ConfigurationRule.Conflict,
                    "A value-table default needs a value table.");
            }

            if (mapping.ReferenceIndex is not null && mapping.JoinWith is not null)
            {
                problems.Add($"{at}.joinWith", ConfigurationRule.Conflict,
                    "A reference mapping cannot join values into text.");
            }
        }
    }

    public static void CheckPath(ProblemCollector problems, string path, string at, JiraEntityKind kind)
    {
        if (!JiraFieldPath.TryParse(path, out var parsed, out var error))
        {
            problems.Add(at, ConfigurationRule.UnknownField, error!);
            return;
        }

        var root = parsed.Segments[0];
        if (root.IsQuoted || !JiraFieldNames.IsKnownRoot(kind, root.Name))
        {
            problems.Add(at, ConfigurationRule.UnknownField,
                $"'{ValueExcerpt.Of(root.Name)}' is not a property of a Jira {Lower(kind)}.");
            return;
        }

        if (root.Name == "fields" && parsed.Segments.Count == 1)
        {
            problems.Add(at, ConfigurationRule.UnknownField, "Name a field after 'fields.'.");
        }
        else if (parsed.Field is { } field && !parsed.FieldIsDisplayName &&
                 !JiraFieldNames.IsSystemField(field) && !JiraFieldNames.IsCustomFieldId(field))
        {
            problems.Add(at, ConfigurationRule.UnknownField,
                $"'{ValueExcerpt.Of(field)}' is neither a Jira system field nor a custom field id; write a custom " +
                $"field by display name as fields[\"{ValueExcerpt.Of(field)}\"].");
        }
    }

    /// <summary>Checks the lengths of a mapping's constant and value-table entries.</summary>
    public static void CheckValues(
        ProblemCollector problems, string? constant, IDictionary<string, string>? valueTable, string at)
    {
        problems.FitsLimit(constant, $"{at}.constant", ConfigurationLimits.MaxValueLength, "The constant");
        var longest = valueTable?.SelectMany(e => new[] { e.Key, e.Value }).MaxBy(v => v?.Length ?? 0);
        problems.FitsLimit(longest, $"{at}.valueTable", ConfigurationLimits.MaxValueLength,
            "The longest value-table entry");
    }

    public static void CheckSourceOrConstant(ProblemCollector problems, string? source, string? constant, string at)
    {
        if (source is null && constant is null)
        {
            problems.Add($"{at}.source", ConfigurationRule.Required, "Either a source or a constant is required.");
        }
        else if (source is not null && constant is not null)
        {
            problems.Add($"{at}.constant", ConfigurationRule.Conflict, "Give either a source or a constant, not both.");
        }
        else if (source is not null && string.IsNullOrWhiteSpace(source))
        {
            problems.Add($"{at}.source", ConfigurationRule.Required, "The source is blank.");
        }
    }

    private static string Lower(JiraEntityKind kind) => kind switch
    {
        JiraEntityKind.Issue => "issue",
        JiraEntityKind.User => "user",
        _ => "group",
    };
}
