using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>All parts must match.</summary>
internal sealed class JqlAnd(IReadOnlyList<JqlNode> parts) : JqlNode
{
    public IReadOnlyList<JqlNode> Parts => parts;

    public override bool Matches(JiraIssue issue, JqlContext context) => parts.All(p => p.Matches(issue, context));
}
