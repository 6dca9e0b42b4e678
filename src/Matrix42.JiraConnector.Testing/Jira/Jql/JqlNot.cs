using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>The inner condition must not match.</summary>
internal sealed class JqlNot(JqlNode inner) : JqlNode
{
    public JqlNode Inner => inner;

    public override bool Matches(JiraIssue issue, JqlContext context) => !inner.Matches(issue, context);
}
