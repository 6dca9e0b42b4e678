using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Sample.Reporting;
using Matrix42.JiraConnector.Sample.Running;

namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>
/// Step 4 of the demo: create a Jira issue from the seeded ESM incident (the key is written back), push an
/// ESM comment to it, resolve it, and add a person to two groups through an access request card.
/// </summary>
internal sealed class DemoEvents(DemoEnvironment demo, ConnectorClients clients, EventRuns runs, TextWriter output)
{
    public async Task<DemoStepResult> RunAsync(CancellationToken cancellationToken)
    {
        var incident = demo.EsmFacts.IncidentId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var outcomes = new List<TaskRunOutcome>();

        var created = await RunAsync(
            outcomes, DemoConfiguration.CreateIssueTaskName, EventActivity.CreateIssue, incident, cancellationToken);
        var key = created.Values.GetValueOrDefault("issueKey") ?? "?";
        await output.WriteLineAsync($"  create issue:    {created.Status}: incident {incident} became {key}");

        // An agent answers on the incident; the activity posts the worklog entry as a Jira comment.
        await clients.Esm.AddAttributeValuesAsync(
            "incident", incident, "comments", [EsmValue.Worklog("We replaced the HDMI switch; please check.")],
            cancellationToken);
        var comment = await RunAsync(
            outcomes, DemoConfiguration.UpdateIssueTaskName, EventActivity.PushComments, incident, cancellationToken);
        await output.WriteLineAsync($"  push comment:    {comment.Status}: {comment.Message}");

        await clients.Esm.ModifyAsync(
            "incident", incident, new EsmAttributeSet().Set("status", EsmValue.Static("4 - Resolved")),
            cancellationToken: cancellationToken);
        var resolved = await RunAsync(
            outcomes, DemoConfiguration.ResolveIssueTaskName, EventActivity.PushStatus, incident, cancellationToken);
        await output.WriteLineAsync($"  resolve:         {resolved.Status}: {resolved.Message}");

        var request = await AccessRequestAsync(cancellationToken);
        var added = await RunAsync(
            outcomes, DemoConfiguration.ProvisioningTaskName, EventActivity.AddToGroups, request, cancellationToken);
        await output.WriteLineAsync($"  add to groups:   {added.Status}: {added.Message}");

        var status = outcomes.Any(o => o.IsFailure) ? DemoStepStatus.Failed : DemoStepStatus.Completed;
        return new DemoStepResult(4, "Event activities", status, outcomes);
    }

    /// <summary>An access request for the first person's card and the cards of two groups they are not in.</summary>
    private async Task<string> AccessRequestAsync(CancellationToken cancellationToken)
    {
        var accountId = demo.JiraFacts.People[0];
        var person = await SingleIdAsync("person", "account_id", accountId, cancellationToken);
        var groupIds = demo.JiraFacts.Groups.Where(g => !demo.Jira.GetMembers(g).Contains(accountId)).Take(2).ToList();
        var roles = new List<EsmValue>();
        foreach (var groupId in groupIds)
        {
            roles.Add(EsmValue.Reference(await SingleIdAsync("jira_group", "group_id", groupId, cancellationToken)));
        }

        var data = new EsmAttributeSet()
            .Set("subject", EsmValue.Text("Access for a new team member"))
            .Set("account", EsmValue.Reference(person))
            .Set("roles", roles);
        var card = await clients.Esm.CreateAsync("iga_task", "iga_tasks", data, cancellationToken);
        return card.DataCardId;
    }

    private async Task<string> SingleIdAsync(string template, string attribute, string value, CancellationToken ct)
    {
        await foreach (var card in clients.Esm.QueryAsync(
            template, Eql.Attr(attribute).Eq(value), [attribute], cancellationToken: ct))
        {
            return card.DataCardId;
        }

        throw new InvalidOperationException($"No {template} card has {attribute} = {value}; did step 1 run?");
    }

    private async Task<TaskRunOutcome> RunAsync(
        List<TaskRunOutcome> outcomes, string task, string activity, string card, CancellationToken cancellationToken)
    {
        var outcome = await runs.RunAsync(
            demo.Document.Connectors[0].EventTasks.Single(t => t.Name == task), activity, card, dryRun: false,
            worklogAttribute: "comments", cancellationToken);
        outcomes.Add(outcome);
        return outcome;
    }
}
