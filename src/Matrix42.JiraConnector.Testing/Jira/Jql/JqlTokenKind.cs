namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>Kinds of JQL tokens.</summary>
internal enum JqlTokenKind
{
    Word,
    Quoted,
    Operator,
    OpenParen,
    CloseParen,
    Comma,
    End,
}
