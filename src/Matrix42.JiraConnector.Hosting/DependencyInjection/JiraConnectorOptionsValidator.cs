using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Hosting.Scheduling;
using Matrix42.JiraConnector.Hosting.Secrets;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting;

/// <summary>
/// Checks the connector document, the scheduler settings and the state store choice, and reports every
/// problem at once, each naming its setting.
/// </summary>
internal sealed class JiraConnectorOptionsValidator(IConnectorSecretResolver secrets)
    : IValidateOptions<JiraConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, JiraConnectorOptions options)
    {
        var failures = new List<string>();
        if (!options.StateStoreChosen)
        {
            failures.Add("JiraConnector: no state store chosen; call UseSqliteState(path) or UseInMemoryState().");
        }

        CheckScheduler(options.Scheduler, failures);
        failures.AddRange(ConfigurationValidator.Validate(options.Document).Problems.Select(p => "JiraConnector:" + p));
        CheckSecretsResolvable(options.Document, failures);
        CheckEventTriggers(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckScheduler(TaskSchedulerOptions scheduler, List<string> failures)
    {
        if (scheduler.MaxConcurrentRuns is < 1 or > 64)
        {
            failures.Add("JiraConnector:Scheduler:MaxConcurrentRuns must be between 1 and 64 "
                          + $"(is {scheduler.MaxConcurrentRuns}).");
        }

        foreach (var hour in scheduler.CacheClearHoursUtc.Where(h => h is < 0 or > 23))
        {
            failures.Add($"JiraConnector:Scheduler:CacheClearHoursUtc holds {hour}; hours are 0 to 23.");
        }

        if (scheduler.TriggerPollInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add("JiraConnector:Scheduler:TriggerPollInterval must be at least 1 second.");
        }

        if (scheduler.LeaseDuration < TimeSpan.FromSeconds(3))
        {
            failures.Add("JiraConnector:Scheduler:LeaseDuration must be at least 3 seconds.");
        }
    }

    private static void CheckEventTriggers(JiraConnectorOptions options, List<string> failures)
    {
        var seen = new HashSet<TaskKey>();
        foreach (var (key, trigger) in options.EventTriggers)
        {
            var path = $"JiraConnector:eventTriggers[{key}]";
            if (!seen.Add(key))
            {
                // Both triggers would share the task's change marks, so the second would never see a change.
                failures.Add($"{path}: the event task has more than one trigger; declare one per task.");
                continue;
            }

            var connector = options.Document.Connectors.FirstOrDefault(c => c.Id == key.ConnectorId);
            var task = connector?.EventTasks.FirstOrDefault(t => t.Id == key.TaskId);
            if (connector is null)
            {
                failures.Add($"{path}: no connector has the id '{key.ConnectorId}'.");
            }
            else if (task is null)
            {
                failures.Add($"{path}: connector '{key.ConnectorId}' has no event task with the id '{key.TaskId}'.");
            }

            if (trigger.Activity is { } activity && !Enum.IsDefined(activity))
            {
                failures.Add($"{path}: activity {(int)activity} is not a known event activity.");
            }

            if (trigger.Activity == Tasks.EventActivityKind.PushComments && trigger.Arguments?.Comments is null)
            {
                failures.Add($"{path}: PushComments needs Arguments.Comments (the worklog attributes).");
            }

            if (trigger.Interval is { } interval && interval < TimeSpan.FromSeconds(1))
            {
                failures.Add($"{path}: the interval must be at least 1 second.");
            }
        }
    }

    // Referenced secrets are looked up now, so a missing one stops the start instead of a run.
    private void CheckSecretsResolvable(ConnectorConfigurationDocument document, List<string> failures)
    {
        for (var i = 0; i < document.Connectors.Count; i++)
        {
            var connector = document.Connectors[i];
            Check(connector.Jira.ApiToken, $"JiraConnector:connectors[{i}].jira.apiToken", failures);
            Check(connector.Esm.WebApiPassword, $"JiraConnector:connectors[{i}].esm.webApiPassword", failures);
        }
    }

    // The failure names the reference and where it was looked for, never a value.
    private void Check(SecretValue? secret, string path, List<string> failures)
    {
        if (MissingSecret.Describe(secret, secrets, secrets.Resolve) is { } missing)
        {
            failures.Add($"{path}: {missing}.");
        }
    }
}
