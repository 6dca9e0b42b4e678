using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>
/// A read-only check of a connector's Jira site and ESM tenant: connection, the account and its time zone, one
/// page of each scheduled task's search, the ESM login and the template definitions the tasks use. It writes
/// nothing on either side.
/// </summary>
internal static class SmokeCheck
{
    public static async Task<bool> RunAsync(
        ConnectorDefinition connector, ConnectorClients clients, TextWriter output, CancellationToken cancellationToken)
    {
        var ok = true;
        await output.WriteLineAsync($"Smoke check of connector '{connector.Name}'");

        ok &= await CheckAsync(output, "Jira server", async () =>
        {
            var info = await clients.Jira.Connection.GetServerInfoAsync(cancellationToken);
            return $"{info.DeploymentType ?? "unknown"} deployment, version {info.Version ?? "unknown"}";
        });
        ok &= await CheckAsync(output, "Jira account", async () =>
        {
            var me = await clients.Jira.Connection.GetMyselfAsync(cancellationToken);
            return $"account type {me.AccountType ?? "unknown"}, time zone {me.TimeZone ?? "not set"}"
                + " (JQL dates are read in this zone)";
        });
        foreach (var task in connector.ScheduledTasks.Where(t => !string.IsNullOrWhiteSpace(t.Jql)))
        {
            ok &= await CheckAsync(output, $"Search of '{task.Name}'", async () =>
            {
                var page = await clients.Jira.Search.GetPageAsync(
                    new JiraSearchRequest { Jql = task.Jql!, Fields = ["summary", "updated"], MaxResults = 50 },
                    cancellationToken: cancellationToken);
                var more = page.IsLast ? ", no more pages" : ", more follow";
                return $"{page.Issues.Count} issue(s) on the first page{more}";
            });
        }

        ok &= await CheckAsync(output, "ESM login", async () =>
        {
            await clients.Esm.CheckConnectionAsync(cancellationToken);
            var templates = await clients.Esm.GetTemplatesAsync(cancellationToken);
            return $"{templates.Count} template(s) visible";
        });
        foreach (var code in TemplatesOf(connector))
        {
            ok &= await CheckAsync(output, $"ESM template '{code}'", async () =>
            {
                var template = await clients.Esm.GetTemplateAsync(code, cancellationToken);
                return $"{template.Attributes.Count} attribute(s), {template.AllowedFolders.Count} folder(s)";
            });
        }

        await output.WriteLineAsync(ok ? "Smoke check passed; nothing was written." : "Smoke check FAILED.");
        return ok;
    }

    private static IEnumerable<string> TemplatesOf(ConnectorDefinition connector)
    {
        var targets = connector.ScheduledTasks
            .SelectMany(t => new[] { t.Identity, t.AccessRight, t.Generic })
            .Select(t => t?.Template);
        var events = connector.EventTasks.Select(t => t.Template);
        return targets.Concat(events).OfType<string>().Distinct(StringComparer.Ordinal);
    }

    private static async Task<bool> CheckAsync(TextWriter output, string what, Func<Task<string>> check)
    {
        try
        {
            var detail = await check();
            await output.WriteLineAsync($"  ok    {what}: {detail}");
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await output.WriteLineAsync($"  FAIL  {what}: {ex.GetType().Name}: {ex.Message}");
            return false;
        }
    }
}
