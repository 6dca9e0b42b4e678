using System.Text;

namespace Matrix42.JiraConnector.Esm;

/// <summary>One attribute compared with a literal, or tested for emptiness.</summary>
internal sealed class EqlComparison : EsmFilter
{
    private readonly string _attributeCode;
    private readonly string _operator;
    private readonly EqlLiteral? _literal;

    public EqlComparison(string attributeCode, string comparisonOperator, EqlLiteral? literal)
    {
        _attributeCode = attributeCode;
        _operator = comparisonOperator;
        _literal = literal;
    }

    internal override void Render(StringBuilder text, EqlLiteralFormat format)
    {
        text.Append('$').Append(_attributeCode).Append("$ ").Append(_operator);
        if (_literal is not null)
        {
            text.Append(" '").Append(_literal.Format(format, _attributeCode)).Append('\'');
        }
    }

    internal override void CollectCodes(ISet<string> codes) => codes.Add(_attributeCode);
}
