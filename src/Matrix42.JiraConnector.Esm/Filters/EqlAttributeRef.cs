using System.Globalization;

namespace Matrix42.JiraConnector.Esm;

/// <summary>An attribute to compare in an EQL condition; obtained from <see cref="Eql.Attr"/>.</summary>
public sealed class EqlAttributeRef
{
    internal EqlAttributeRef(string attributeCode)
    {
        try
        {
            Code = EsmCodes.RequireAttributeCode(attributeCode, nameof(attributeCode));
        }
        catch (ArgumentException error)
        {
            throw new EsmFilterException(error.Message, attributeCode);
        }
    }

    /// <summary>Gets the attribute code.</summary>
    public string Code { get; }

    /// <summary>The attribute equals the text (for a static value, its display text).</summary>
    /// <param name="value">The text.</param>
    /// <returns>The condition <c>$code$ = 'value'</c>.</returns>
    /// <exception cref="EsmFilterException">The value cannot be quoted safely.</exception>
    public EsmFilter Eq(string value) => Compare("=", value);

    /// <summary>The attribute equals the number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The condition.</returns>
    public EsmFilter Eq(decimal value) => Compare("=", Number(value));

    /// <summary>The attribute equals the date.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The condition.</returns>
    public EsmFilter Eq(DateOnly value) => new EqlComparison(Code, "=", EqlLiteral.Date(value));

    /// <summary>
    /// The attribute differs from the text <b>or is empty</b>. EQL's <c>&lt;&gt;</c> alone skips empty
    /// attributes, which is rarely what a caller means.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <returns>The condition <c>($code$ &lt;&gt; 'value' OR $code$ IS NULL)</c>.</returns>
    public EsmFilter Ne(string value) => Compare("<>", value).Or(IsNull());

    /// <summary>The attribute is not empty and differs from the text (plain <c>&lt;&gt;</c>).</summary>
    /// <param name="value">The text.</param>
    /// <returns>The condition <c>$code$ &lt;&gt; 'value'</c>.</returns>
    public EsmFilter NeNotEmpty(string value) => Compare("<>", value);

    /// <summary>The attribute is empty.</summary>
    /// <returns>The condition <c>$code$ IS NULL</c>.</returns>
    public EsmFilter IsNull() => new EqlComparison(Code, "IS NULL", null);

    /// <summary>The attribute matches a LIKE pattern, where <c>%</c> is any text.</summary>
    /// <param name="pattern">The pattern, for example <c>KEY-%</c>.</param>
    /// <returns>The condition <c>$code$ LIKE 'pattern'</c>.</returns>
    public EsmFilter Like(string pattern) => Compare("LIKE", pattern);

    /// <summary>The attribute is greater than the number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The condition.</returns>
    public EsmFilter Gt(decimal value) => Compare(">", Number(value));

    /// <summary>The attribute is greater than or equal to the number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The condition.</returns>
    public EsmFilter Ge(decimal value) => Compare(">=", Number(value));

    /// <summary>The attribute is less than the number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The condition.</returns>
    public EsmFilter Lt(decimal value) => Compare("<", Number(value));

    /// <summary>The attribute is less than or equal to the number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The condition.</returns>
    public EsmFilter Le(decimal value) => Compare("<=", Number(value));

    /// <summary>The attribute (a date-time) is after the point in time.</summary>
    /// <param name="value">The point in time.</param>
    /// <returns>The condition.</returns>
    public EsmFilter Gt(DateTimeOffset value) => new EqlComparison(Code, ">", EqlLiteral.DateTime(value));

    /// <summary>The attribute (a date-time) is at or after the point in time.</summary>
    /// <param name="value">The point in time.</param>
    /// <returns>The condition.</returns>
    public EsmFilter Ge(DateTimeOffset value) => new EqlComparison(Code, ">=", EqlLiteral.DateTime(value));

    /// <summary>The attribute (a date-time) is before the point in time.</summary>
    /// <param name="value">The point in time.</param>
    /// <returns>The condition.</returns>
    public EsmFilter Lt(DateTimeOffset value) => new EqlComparison(Code, "<", EqlLiteral.DateTime(value));

    /// <summary>The attribute (a date-time) is at or before the point in time.</summary>
    /// <param name="value">The point in time.</param>
    /// <returns>The condition.</returns>
    public EsmFilter Le(DateTimeOffset value) => new EqlComparison(Code, "<=", EqlLiteral.DateTime(value));

    private EqlComparison Compare(string comparisonOperator, string value) =>
        new EqlComparison(Code, comparisonOperator, EqlLiteral.Text(value, Code));

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
