using System.Text;
using System.Text.RegularExpressions;

namespace Matrix42.JiraConnector.Testing.Esm.Eql;

/// <summary>Builds the predicates of single comparisons.</summary>
internal static class EqlComparison
{
    public static Func<EsmCardRecord, bool> Compare(EqlOperand operand, EqlToken op, object literal)
    {
        if (operand.Kind == EqlValueKind.PresenceOnly)
        {
            throw new EqlException($"{operand.Description} supports only IS NULL and IS NOT NULL.");
        }

        if (operand.Kind == EqlValueKind.Flag && op.Text is not ("=" or "<>"))
        {
            throw new EqlException($"{operand.Description} supports only = and <>.");
        }

        Func<int, bool> holds = op.Text switch
        {
            "=" => r => r == 0,
            "<>" => r => r != 0,
            ">" => r => r > 0,
            ">=" => r => r >= 0,
            "<" => r => r < 0,
            _ => r => r <= 0,
        };
        return card => operand.Values(card).Any(value => holds(Order(value, literal)));
    }

    public static Func<EsmCardRecord, bool> Like(EqlOperand operand, EqlToken pattern)
    {
        if (operand.Kind != EqlValueKind.Text)
        {
            throw new EqlException($"LIKE cannot be used with {operand.Description}.");
        }

        // Patterns come from callers; the non-backtracking engine keeps '%_%_%...' linear.
        var regex = new Regex(
            ToRegex(pattern.Text),
            RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking);
        return card => operand.Values(card).Any(value => regex.IsMatch((string)value));
    }

    private static int Order(object value, object literal) => value switch
    {
        string text => string.CompareOrdinal(text, (string)literal),
        decimal number => number.CompareTo((decimal)literal),
        DateTimeOffset instant => instant.CompareTo((DateTimeOffset)literal),
        _ => ((bool)value).CompareTo((bool)literal),
    };

    private static string ToRegex(string pattern)
    {
        var builder = new StringBuilder("^");
        foreach (var c in pattern)
        {
            builder.Append(c switch
            {
                '%' => ".*",
                '_' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return builder.Append('$').ToString();
    }
}
