using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>At least one part must match.</summary>
internal sealed class JqlOr(IReadOnlyList<JqlNode> parts) : JqlNode
{
    public IReadOnlyList<JqlNode> Parts => parts;

    public override bool Matches(JiraIssue issue, JqlContext context) => parts.Any(p => p.Matches(issue, context));
}
