using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Tests.Configuration;

/// <summary>In-memory ESM template definitions matching <see cref="SampleConfiguration"/>.</summary>
internal sealed class FakeEsmTemplateSource : IEsmTemplateSource
{
    public Dictionary<string, EsmTemplate> Templates { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jira_issue"] = Template("jira_issue", ["jira_issues"],
            Text("task_id"), Text("data_source"), Text("issue_key"), Text("subject"), Text("origin"),
            Static("status", "1 - Open", "5 - Closed", "9 - Removed"), Reference("assignee"), Number("points")),
        ["account"] = Template("account", ["accounts"], Text("task_id"), Text("account_id"), Text("name")),
        ["group"] = Template("group", ["groups"], Text("task_id"), Text("group_id"), Text("name"),
            Reference("members", multi: true)),
        ["incident"] = Template("incident", ["incidents"], Text("subject"), Text("region"), Text("jira_key")),
        ["iga_task"] = Template("iga_task", ["iga_tasks"], Reference("account"), Reference("roles", multi: true)),
    };

    public int Reads { get; private set; }

    public Task<EsmTemplate?> GetTemplateAsync(string templateCode, CancellationToken cancellationToken = default)
    {
        Reads++;
        return Task.FromResult(Templates.GetValueOrDefault(templateCode));
    }

    public static EsmTemplate Template(string code, string[] folders, params EsmTemplateAttribute[] attributes) =>
        new(code, code, folders.Select(f => new EsmFolder(f, f)).ToArray(),
            attributes.ToDictionary(a => a.Code, StringComparer.Ordinal));

    public static EsmTemplateAttribute Text(string code) => Attribute(code, "string");

    public static EsmTemplateAttribute Number(string code) => Attribute(code, "number");

    public static EsmTemplateAttribute Reference(string code, bool multi = false) =>
        Attribute(code, "reference", multi);

    public static EsmTemplateAttribute Attribute(string code, string type, bool multi = false) =>
        new(code, code, type, multi, false, [], []);

    public static EsmTemplateAttribute Static(string code, params string[] values) =>
        new(code, code, "static-value", false, false,
            values.Select(v => new EsmStaticValueOption(null, v)).ToArray(), []);
}
