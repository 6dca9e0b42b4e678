namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>One lexical token of a JQL query.</summary>
/// <param name="Kind">The token kind.</param>
/// <param name="Text">The token text, without quotes for strings.</param>
/// <param name="Position">The character offset, for error messages.</param>
internal sealed record JqlToken(JqlTokenKind Kind, string Text, int Position)
{
    public bool IsWord(string word) =>
        Kind == JqlTokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}
