namespace Matrix42.JiraConnector.Testing.Esm.Eql;

/// <summary>
/// Parses the condition subset of EQL and binds it to one template, producing a card predicate:
/// <c>=</c>, <c>&lt;&gt;</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>LIKE</c> (<c>%</c>, <c>_</c>),
/// <c>IS [NOT] NULL</c>, <c>AND</c>, <c>OR</c> and parentheses over <c>$code$</c> attributes and a few
/// entity properties. Anything else throws <see cref="EqlException"/>, never a silent wrong match.
/// </summary>
/// <remarks>
/// A comparison holds when any value of a multi-value attribute satisfies it, and never on an empty
/// attribute (as in SQL, where the empty attribute is NULL); <c>IS NULL</c> holds on an empty one.
/// </remarks>
internal sealed class EqlCompiler
{
    private readonly List<EqlToken> _tokens;
    private readonly EsmTemplate _template;
    private readonly EsmStore _store;
    private readonly DateTimeOffset _now;
    private int _next;

    private EqlCompiler(string filter, EsmTemplate template, EsmStore store, DateTimeOffset now)
    {
        _tokens = EqlLexer.Tokenize(filter);
        _template = template;
        _store = store;
        _now = now;
    }

    public static Func<EsmCardRecord, bool> Compile(
        string filter,
        EsmTemplate template,
        EsmStore store,
        DateTimeOffset now)
    {
        var compiler = new EqlCompiler(filter, template, store, now);
        if (compiler.Peek.Kind == EqlTokenKind.End)
        {
            throw new EqlException("The filter is empty.");
        }

        var predicate = compiler.ParseOr();
        if (compiler.Peek.Kind != EqlTokenKind.End)
        {
            throw Unexpected(compiler.Peek);
        }

        return predicate;
    }

    private EqlToken Peek => _tokens[_next];

    private EqlToken Take() => _tokens[_next++];

    private Func<EsmCardRecord, bool> ParseOr()
    {
        var left = ParseAnd();
        while (Peek.IsWord("OR"))
        {
            Take();
            var first = left;
            var second = ParseAnd();
            left = c => first(c) || second(c);
        }

        return left;
    }

    private Func<EsmCardRecord, bool> ParseAnd()
    {
        var left = ParsePrimary();
        while (Peek.IsWord("AND"))
        {
            Take();
            var first = left;
            var second = ParsePrimary();
            left = c => first(c) && second(c);
        }

        return left;
    }

    private Func<EsmCardRecord, bool> ParsePrimary()
    {
        if (Peek.Kind == EqlTokenKind.OpenParen)
        {
            Take();
            var inner = ParseOr();
            if (Take() is { Kind: not EqlTokenKind.CloseParen } missing)
            {
                throw new EqlException($"Expected ')' at position {missing.Position}.");
            }

            return inner;
        }

        return ParseCondition();
    }

    private Func<EsmCardRecord, bool> ParseCondition()
    {
        var token = Take();
        var operand = token.Kind switch
        {
            EqlTokenKind.Attribute => EqlOperand.ForAttribute(token, _template, _store),
            EqlTokenKind.Word when !IsKeyword(token) => EqlOperand.ForProperty(token),
            _ => throw Unexpected(token),
        };

        if (Peek.IsWord("IS"))
        {
            Take();
            var negated = Peek.IsWord("NOT");
            if (negated)
            {
                Take();
            }

            if (!Take().IsWord("NULL"))
            {
                throw new EqlException($"Expected NULL after IS near {operand.Description}.");
            }

            return negated ? c => operand.Values(c).Any() : c => !operand.Values(c).Any();
        }

        if (Peek.IsWord("LIKE"))
        {
            Take();
            return EqlComparison.Like(operand, ExpectLiteral(operand));
        }

        var op = Take();
        if (op.Kind != EqlTokenKind.Operator || op.Text == "!=")
        {
            throw new EqlException(
                $"Expected one of = <> > >= < <= LIKE IS at position {op.Position}, found '{op.Text}'.");
        }

        var literal = ExpectLiteral(operand);
        return EqlComparison.Compare(operand, op, EqlLiteral.Convert(literal, operand, _now));
    }

    private EqlToken ExpectLiteral(EqlOperand operand)
    {
        var literal = Take();
        if (literal.Kind is not (EqlTokenKind.Text or EqlTokenKind.Number))
        {
            throw new EqlException(
                $"Expected a quoted literal after {operand.Description} at position {literal.Position}.");
        }

        return literal;
    }

    private static bool IsKeyword(EqlToken token) =>
        token.IsWord("AND") || token.IsWord("OR") || token.IsWord("NOT") || token.IsWord("IS")
        || token.IsWord("NULL") || token.IsWord("LIKE") || token.IsWord("IN");

    private static EqlException Unexpected(EqlToken token) => token.Kind == EqlTokenKind.End
        ? new EqlException("The filter ends where a condition was expected.")
        : new EqlException($"Unsupported or unexpected '{token.Text}' at position {token.Position}.");
}
