namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>
/// A recursive-descent parser for the JQL subset: comparisons, <c>IN</c>, <c>IS [NOT] EMPTY</c>, <c>AND</c>,
/// <c>OR</c>, <c>NOT</c>, parentheses and <c>ORDER BY</c>. Anything else is refused with a message, so a
/// query is never answered with a silently wrong result.
/// </summary>
internal sealed class JqlParser
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "=", "!=", ">", ">=", "<", "<=" };
    private readonly List<JqlToken> _tokens;
    private readonly JiraSite _site;
    private readonly List<string> _unknown = [];
    private int _next;

    private JqlParser(string jql, JiraSite site)
    {
        _tokens = JqlLexer.Tokenize(jql);
        _site = site;
    }

    public static JqlQuery Parse(string? jql, JiraSite site)
    {
        var parser = new JqlParser(jql ?? string.Empty, site);
        return parser.ParseQuery();
    }

    private JqlToken Peek => _tokens[_next];

    private JqlQuery ParseQuery()
    {
        JqlNode? where = null;
        if (Peek.Kind != JqlTokenKind.End && !Peek.IsWord("order"))
        {
            where = ParseOr();
        }

        var sorts = new List<JqlSort>();
        if (Peek.IsWord("order"))
        {
            _next++;
            Expect("by");
            do
            {
                var field = JqlFields.SortField(Take().Text, _site);
                var descending = false;
                if (Peek.IsWord("asc") || Peek.IsWord("desc"))
                {
                    descending = Take().IsWord("desc");
                }

                sorts.Add(new JqlSort(field, descending));
            }
            while (TryTake(JqlTokenKind.Comma));

            if (sorts.Count > 7)
            {
                throw new JqlException("The ORDER BY clause may name at most 7 fields.");
            }
        }

        if (Peek.Kind != JqlTokenKind.End)
        {
            throw Unexpected();
        }

        return new JqlQuery(where, sorts, _unknown);
    }

    private JqlNode ParseOr()
    {
        var parts = new List<JqlNode> { ParseAnd() };
        while (Peek.IsWord("or") || (Peek.Kind == JqlTokenKind.Word && Peek.Text == "||"))
        {
            _next++;
            parts.Add(ParseAnd());
        }

        return parts.Count == 1 ? parts[0] : new JqlOr(parts);
    }

    private JqlNode ParseAnd()
    {
        var parts = new List<JqlNode> { ParseNot() };
        while (Peek.IsWord("and") || (Peek.Kind == JqlTokenKind.Word && Peek.Text == "&&"))
        {
            _next++;
            parts.Add(ParseNot());
        }

        return parts.Count == 1 ? parts[0] : new JqlAnd(parts);
    }

    private JqlNode ParseNot()
    {
        if (Peek.IsWord("not"))
        {
            _next++;
            return new JqlNot(ParseNot());
        }

        if (TryTake(JqlTokenKind.OpenParen))
        {
            var inner = ParseOr();
            if (!TryTake(JqlTokenKind.CloseParen))
            {
                throw new JqlException($"Error in the JQL Query: expecting ')' at position {Peek.Position}.");
            }

            return inner;
        }

        return ParseClause();
    }

    private JqlClause ParseClause()
    {
        var fieldToken = Take();
        if (fieldToken.Kind is not (JqlTokenKind.Word or JqlTokenKind.Quoted))
        {
            throw new JqlException(
                $"Error in the JQL Query: expecting a field name at position {fieldToken.Position}.");
        }

        var field = JqlFields.Resolve(fieldToken.Text, _site);
        if (Peek.IsWord("is"))
        {
            _next++;
            var negated = Peek.IsWord("not") && Take() is not null;
            if (!(Peek.IsWord("empty") || Peek.IsWord("null")))
            {
                throw new JqlException(
                    $"Error in the JQL Query: expecting EMPTY or NULL after IS at position {Peek.Position}.");
            }

            _next++;
            return new JqlClause(field, negated ? "is not empty" : "is empty", []);
        }

        if (Peek.IsWord("not") || Peek.IsWord("in"))
        {
            var negated = Peek.IsWord("not") && Take() is not null;
            Expect("in");
            return Checked(new JqlClause(field, negated ? "not in" : "in", ParseList()));
        }

        var op = Take();
        if (op.Kind != JqlTokenKind.Operator || !Operators.Contains(op.Text))
        {
            throw new JqlException(op.Text is "~" or "!~"
                ? $"The operator '{op.Text}' is not supported by this fake."
                : $"Error in the JQL Query: expecting an operator at position {op.Position}.");
        }

        return Checked(new JqlClause(field, op.Text, [ParseOperand()]));
    }

    private JqlClause Checked(JqlClause clause)
    {
        foreach (var value in clause.Values.Where(v => !v.IsFunction))
        {
            var text = value.Text;
            var known = clause.Field.Kind switch
            {
                JqlFieldKind.Project => _site.FindProject(text) is not null
                    || _site.Projects.Values.Any(p => p.Name.Equals(text, StringComparison.OrdinalIgnoreCase)),
                JqlFieldKind.Status => _site.FindStatus(text) is not null,
                JqlFieldKind.IssueType => JiraSite.FindNamed(_site.IssueTypes, text) is not null,
                JqlFieldKind.Priority => JiraSite.FindNamed(_site.Priorities, text) is not null,
                JqlFieldKind.Resolution => text.Equals("Unresolved", StringComparison.OrdinalIgnoreCase)
                    || JiraSite.FindNamed(_site.Resolutions, text) is not null,
                JqlFieldKind.Assignee or JqlFieldKind.Reporter => _site.FindUser(text) is not null,
                _ => true,
            };
            if (!known)
            {
                _unknown.Add($"The value '{text}' does not exist for the field '{clause.Field.Name}'.");
            }

            if (clause.Field.IsDate && !JqlDates.TryResolve(value, DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc, out _))
            {
                JqlDates.Resolve(value, clause.Field.Name, DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc);
            }
        }

        return clause;
    }

    private List<JqlValue> ParseList()
    {
        if (!TryTake(JqlTokenKind.OpenParen))
        {
            throw new JqlException($"Error in the JQL Query: expecting '(' at position {Peek.Position}.");
        }

        var values = new List<JqlValue> { ParseOperand() };
        while (TryTake(JqlTokenKind.Comma))
        {
            values.Add(ParseOperand());
        }

        if (!TryTake(JqlTokenKind.CloseParen))
        {
            throw new JqlException($"Error in the JQL Query: expecting ')' at position {Peek.Position}.");
        }

        return values;
    }

    private JqlValue ParseOperand()
    {
        var token = Take();
        if (token.Kind == JqlTokenKind.Quoted)
        {
            return new JqlValue(token.Text, Quoted: true, IsFunction: false);
        }

        if (token.Kind != JqlTokenKind.Word || token.IsWord("and") || token.IsWord("or"))
        {
            throw new JqlException($"Error in the JQL Query: expecting a value at position {token.Position}.");
        }

        if (Peek.Kind == JqlTokenKind.OpenParen)
        {
            _next++;
            if (!TryTake(JqlTokenKind.CloseParen))
            {
                throw new JqlException($"The function '{token.Text}' with arguments is not supported by this fake.");
            }

            return new JqlValue(token.Text, Quoted: false, IsFunction: true);
        }

        return new JqlValue(token.Text, Quoted: false, IsFunction: false);
    }

    private JqlToken Take() => _tokens[Math.Min(_next++, _tokens.Count - 1)];

    private bool TryTake(JqlTokenKind kind)
    {
        if (Peek.Kind != kind)
        {
            return false;
        }

        _next++;
        return true;
    }

    private void Expect(string word)
    {
        if (!Take().IsWord(word))
        {
            throw new JqlException(
                $"Error in the JQL Query: expecting '{word.ToUpperInvariant()}' " +
                $"at position {_tokens[_next - 1].Position}.");
        }
    }

    private JqlException Unexpected() =>
        new($"Error in the JQL Query: the text '{Peek.Text}' at position {Peek.Position} was not expected.");
}
