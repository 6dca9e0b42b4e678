namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>An operand: a word, a quoted string or a function call such as <c>currentUser()</c>.</summary>
/// <param name="Text">The text, or the function name.</param>
/// <param name="Quoted">Whether it was quoted; an unquoted number in a date clause is epoch milliseconds.</param>
/// <param name="IsFunction">Whether it is a function call.</param>
internal sealed record JqlValue(string Text, bool Quoted, bool IsFunction);
