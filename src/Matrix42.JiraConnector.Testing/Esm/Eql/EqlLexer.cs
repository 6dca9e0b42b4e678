namespace Matrix42.JiraConnector.Testing.Esm.Eql;

/// <summary>Splits an EQL condition into tokens.</summary>
internal static class EqlLexer
{
    public static List<EqlToken> Tokenize(string text)
    {
        var tokens = new List<EqlToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '$')
            {
                var end = text.IndexOf('$', i + 1);
                if (end < 0)
                {
                    throw new EqlException($"Attribute reference at position {i} has no closing '$'.");
                }

                var code = text[(i + 1)..end];
                if (!EsmCodes.IsValid(code))
                {
                    throw new EqlException($"'{code}' at position {i} is not a valid attribute code.");
                }

                tokens.Add(new EqlToken(EqlTokenKind.Attribute, code, i));
                i = end + 1;
            }
            else if (c == '\'')
            {
                i = ReadQuoted(text, i, tokens);
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new EqlToken(c == '(' ? EqlTokenKind.OpenParen : EqlTokenKind.CloseParen, c.ToString(), i));
                i++;
            }
            else if (c is '=' or '<' or '>' or '!')
            {
                i = ReadOperator(text, i, tokens);
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                var start = i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new EqlToken(EqlTokenKind.Number, text[start..i], start));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '.'))
                {
                    i++;
                }

                tokens.Add(new EqlToken(EqlTokenKind.Word, text[start..i], start));
            }
            else
            {
                throw new EqlException($"Unexpected character '{c}' at position {i}.");
            }
        }

        tokens.Add(new EqlToken(EqlTokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static int ReadQuoted(string text, int start, List<EqlToken> tokens)
    {
        var end = text.IndexOf('\'', start + 1);
        if (end < 0)
        {
            throw new EqlException($"Literal at position {start} has no closing quote.");
        }

        // How ESM escapes a quote inside a literal is not documented; refusing beats guessing.
        if (end + 1 < text.Length && text[end + 1] == '\'')
        {
            throw new EqlException($"Literal at position {start} contains a quote; escaping quotes is not supported.");
        }

        tokens.Add(new EqlToken(EqlTokenKind.Text, text[(start + 1)..end], start));
        return end + 1;
    }

    private static int ReadOperator(string text, int start, List<EqlToken> tokens)
    {
        var two = start + 1 < text.Length ? text.Substring(start, 2) : string.Empty;
        var op = two is "<>" or "<=" or ">=" or "!=" ? two : text[start].ToString();
        if (op == "!")
        {
            throw new EqlException($"Unexpected character '!' at position {start}.");
        }

        tokens.Add(new EqlToken(EqlTokenKind.Operator, op, start));
        return start + op.Length;
    }
}
