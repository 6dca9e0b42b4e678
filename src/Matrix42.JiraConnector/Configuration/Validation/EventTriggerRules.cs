namespace Matrix42.JiraConnector.Configuration;

/// <summary>Offline rules for the ESM trigger of one event task.</summary>
internal static class EventTriggerRules
{
    /// <summary>Which activities a trigger may run for each task usage.</summary>
    public static bool IsAllowed(EventTaskUsage usage, EventTriggerActivity activity) => usage switch
    {
        EventTaskUsage.CreateIssue => activity is EventTriggerActivity.CreateIssue
            or EventTriggerActivity.UpdateIssue or EventTriggerActivity.PushStatus,
        EventTaskUsage.UpdateIssue => activity is EventTriggerActivity.UpdateIssue or EventTriggerActivity.PushStatus,
        EventTaskUsage.Provisioning => activity is EventTriggerActivity.CreateUser or EventTriggerActivity.DeleteUser
            or EventTriggerActivity.CreateGroup or EventTriggerActivity.DeleteGroup
            or EventTriggerActivity.AddUserToGroups or EventTriggerActivity.RemoveUserFromGroups,
        _ => false,
    };

    public static void Check(ProblemCollector problems, EventTaskDefinition task, string path)
    {
        if (task.Trigger is not { } trigger)
        {
            return;
        }

        path += ".trigger";
        if (trigger.Activity is { } activity)
        {
            if (!Enum.IsDefined(activity))
            {
                problems.Add($"{path}.activity", ConfigurationRule.InvalidValue,
                    $"Activity {(int)activity} is not a known trigger activity.");
            }
            else if (Enum.IsDefined(task.Usage) && !IsAllowed(task.Usage, activity))
            {
                problems.Add($"{path}.activity", ConfigurationRule.Conflict,
                    $"Activity {activity} cannot run on a task with usage {task.Usage}.");
            }
        }

        if (trigger.IntervalSeconds is < 1)
        {
            problems.Add($"{path}.intervalSeconds", ConfigurationRule.InvalidValue,
                "The interval must be at least 1 second.");
        }

        CheckCode(problems, trigger.LastModifiedAttribute, $"{path}.lastModifiedAttribute", required: false);
        if (trigger.Conditions is null)
        {
            return;
        }

        for (var i = 0; i < trigger.Conditions.Count; i++)
        {
            var at = $"{path}.conditions[{i}]";
            if (trigger.Conditions[i] is not { } condition)
            {
                problems.Add(at, ConfigurationRule.Required, "The condition entry is empty.");
                continue;
            }

            CheckCode(problems, condition.Attribute, $"{at}.attribute", required: true);
            CheckLiteral(problems, condition.EqualTo, $"{at}.equals");
        }
    }

    // Codes end up inside EQL as $code$; anything beyond letters, digits and '_' could alter the condition.
    private static void CheckCode(ProblemCollector problems, string? code, string path, bool required)
    {
        if (required ? !problems.RequireWithin(code, path, "The attribute code", ConfigurationLimits.MaxCodeLength)
            : code is null || !problems.FitsLimit(code, path, ConfigurationLimits.MaxCodeLength, "The attribute code"))
        {
            return;
        }

        if (code!.Length == 0 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            problems.Add(path, ConfigurationRule.InvalidValue,
                "The attribute code may hold only ASCII letters, digits and '_'.");
        }
    }

    // The same characters the EQL builder refuses, reported here with the setting instead of at start.
    private static void CheckLiteral(ProblemCollector problems, string? value, string path)
    {
        if (value is null)
        {
            problems.Add(path, ConfigurationRule.Required, "The compared text is required.");
            return;
        }

        if (problems.FitsLimit(value, path, ConfigurationLimits.MaxValueLength, "The compared text")
            && value.Any(c => c is '\'' or '\\' or '$' || char.IsControl(c)))
        {
            problems.Add(path, ConfigurationRule.InvalidValue,
                "The compared text may not hold quotes, backslashes, '$' or control characters.");
        }
    }
}
