using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>A node of the parsed JQL condition.</summary>
internal abstract class JqlNode
{
    public abstract bool Matches(JiraIssue issue, JqlContext context);

    /// <summary>Whether the condition restricts the result at all (Jira refuses unbounded searches).</summary>
    public virtual bool IsBounded => true;
}
