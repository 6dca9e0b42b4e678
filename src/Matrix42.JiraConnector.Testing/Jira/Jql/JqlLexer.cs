using System.Text;

namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>Splits a JQL query into tokens.</summary>
internal static class JqlLexer
{
    public static List<JqlToken> Tokenize(string jql)
    {
        var tokens = new List<JqlToken>();
        var i = 0;
        while (i < jql.Length)
        {
            var c = jql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '"' or '\'')
            {
                i = ReadQuoted(jql, i, tokens);
            }
            else if (c == '(' || c == ')' || c == ',')
            {
                var kind = c == '(' ? JqlTokenKind.OpenParen : c == ')' ? JqlTokenKind.CloseParen : JqlTokenKind.Comma;
                tokens.Add(new JqlToken(kind, c.ToString(), i++));
            }
            else if (c is '=' or '!' or '<' or '>' or '~')
            {
                var two = i + 1 < jql.Length && jql[i + 1] is '=' or '~' && c != '=' && c != '~';
                var text = two ? jql.Substring(i, 2) : c.ToString();
                if (text == "!")
                {
                    throw new JqlException(
                        $"Error in the JQL Query: the character '!' at position {i} is not valid here.");
                }

                tokens.Add(new JqlToken(JqlTokenKind.Operator, text, i));
                i += text.Length;
            }
            else
            {
                i = ReadWord(jql, i, tokens);
            }
        }

        tokens.Add(new JqlToken(JqlTokenKind.End, string.Empty, jql.Length));
        return tokens;
    }

    private static int ReadQuoted(string jql, int start, List<JqlToken> tokens)
    {
        var quote = jql[start];
        var builder = new StringBuilder();
        var i = start + 1;
        while (i < jql.Length && jql[i] != quote)
        {
            if (jql[i] == '\\' && i + 1 < jql.Length)
            {
                i++;
            }

            builder.Append(jql[i++]);
        }

        if (i >= jql.Length)
        {
            throw new JqlException(
                $"Error in the JQL Query: the quoted string starting at position {start} is not closed.");
        }

        tokens.Add(new JqlToken(JqlTokenKind.Quoted, builder.ToString(), start));
        return i + 1;
    }

    private static int ReadWord(string jql, int start, List<JqlToken> tokens)
    {
        var i = start;
        while (i < jql.Length && !char.IsWhiteSpace(jql[i])
            && jql[i] is not ('(' or ')' or ',' or '=' or '!' or '<' or '>' or '~' or '"' or '\''))
        {
            // cf[10050] keeps its brackets as part of the field name.
            i++;
        }

        tokens.Add(new JqlToken(JqlTokenKind.Word, jql[start..i], start));
        return i;
    }
}
