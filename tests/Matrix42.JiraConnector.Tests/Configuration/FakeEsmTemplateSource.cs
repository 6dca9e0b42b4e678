using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Tests.Configuration;

/// <summary>In-memory ESM template definitions matching <see cref="SampleConfiguration"/>.</summary>
internal sealed class FakeEsmTemplateSource : IEsmTemplateSource
{
    public Dictionary<string, EsmTemplateInfo> Templates { get; } = new(StringComparer.OrdinalIgnoreCase)
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

    public Task<EsmTemplateInfo?> GetTemplateAsync(string templateCode, CancellationToken cancellationToken = default)
    {
        Reads++;
        return Task.FromResult(Templates.GetValueOrDefault(templateCode));
    }

    private static EsmTemplateInfo Template(string code, string[] folders, params EsmAttributeInfo[] attributes) =>
        new(code, folders, attributes.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase));

    private static EsmAttributeInfo Text(string code) => new(code, EsmAttributeType.Text, false, []);

    private static EsmAttributeInfo Number(string code) => new(code, EsmAttributeType.Number, false, []);

    private static EsmAttributeInfo Reference(string code, bool multi = false) =>
        new(code, EsmAttributeType.Reference, multi, []);

    private static EsmAttributeInfo Static(string code, params string[] values) =>
        new(code, EsmAttributeType.StaticValue, false, values.Select(v => new EsmStaticValue(v)).ToArray());
}
