namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>A JQL query the fake cannot run: invalid, or outside the subset it interprets.</summary>
internal sealed class JqlException : FormatException
{
    public JqlException()
    {
    }

    public JqlException(string message)
        : base(message)
    {
    }

    public JqlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
