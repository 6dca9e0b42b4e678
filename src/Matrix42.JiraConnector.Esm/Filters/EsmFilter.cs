using System.Text;

namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// An EQL condition (the WHERE part of a REST query), built with <see cref="Eql"/>. Attribute codes
/// are checked and every value becomes a quoted literal; values that cannot be quoted safely are
/// refused with an <see cref="EsmFilterException"/>, never concatenated.
/// </summary>
public abstract class EsmFilter
{
    private protected EsmFilter()
    {
    }

    /// <summary>Gets the attribute codes the condition refers to.</summary>
    public IReadOnlyCollection<string> AttributeCodes
    {
        get
        {
            var codes = new SortedSet<string>(StringComparer.Ordinal);
            CollectCodes(codes);
            return codes;
        }
    }

    /// <summary>Combines this condition with another; both must hold.</summary>
    /// <param name="other">The other condition.</param>
    /// <returns>The combined condition.</returns>
    public EsmFilter And(EsmFilter other) => Eql.All(this, other);

    /// <summary>Combines this condition with another; either may hold.</summary>
    /// <param name="other">The other condition.</param>
    /// <returns>The combined condition.</returns>
    public EsmFilter Or(EsmFilter other) => Eql.Any(this, other);

    /// <summary>Writes the condition as EQL text.</summary>
    /// <param name="format">How dates are written; <see cref="EqlLiteralFormat.Default"/> when null.</param>
    /// <returns>The EQL condition, for example <c>$task_id$ = 'ABC-1'</c>.</returns>
    /// <exception cref="EsmFilterException">A date formatted into text that cannot be quoted safely.</exception>
    public string ToEql(EqlLiteralFormat? format = null)
    {
        var text = new StringBuilder();
        Render(text, format ?? EqlLiteralFormat.Default);
        return text.ToString();
    }

    /// <summary>Returns the condition as EQL text with the default literal format.</summary>
    /// <returns>The EQL text.</returns>
    public override string ToString() => ToEql();

    internal abstract void Render(StringBuilder text, EqlLiteralFormat format);

    internal abstract void CollectCodes(ISet<string> codes);
}
