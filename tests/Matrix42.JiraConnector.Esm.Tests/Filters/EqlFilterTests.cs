namespace Matrix42.JiraConnector.Esm.Tests.Filters;

public sealed class EqlFilterTests
{
    [Fact]
    public void ToEql_EqualityAndNullSafeNotEqual_QuotesLiteralsAndGroupsTheOr()
    {
        var filter = Eql.Attr("task_id").Eq("ABC-1").And(Eql.Attr("status").Ne("Deleted"));

        Assert.Equal("$task_id$ = 'ABC-1' AND ($status$ <> 'Deleted' OR $status$ IS NULL)", filter.ToEql());
    }

    [Fact]
    public void ToEql_PlainNotEqual_DoesNotMatchEmpty()
    {
        Assert.Equal("$status$ <> 'Deleted'", Eql.Attr("status").NeNotEmpty("Deleted").ToEql());
    }

    [Fact]
    public void ToEql_OrInsideAnd_IsParenthesizedAndSameKeywordsAreFlattened()
    {
        var filter = Eql.All(
            Eql.Attr("a").Eq("1"),
            Eql.Attr("b").Eq("2").Or(Eql.Attr("c").IsNull()),
            Eql.Attr("d").Like("KEY-%").And(Eql.Attr("e").Eq("3")));

        Assert.Equal("$a$ = '1' AND ($b$ = '2' OR $c$ IS NULL) AND $d$ LIKE 'KEY-%' AND $e$ = '3'", filter.ToEql());
    }

    [Fact]
    public void ToEql_AndInsideOr_IsParenthesized()
    {
        var filter = Eql.Any(Eql.Attr("a").Eq("1").And(Eql.Attr("b").Eq("2")), Eql.Attr("c").Eq("3"));

        Assert.Equal("($a$ = '1' AND $b$ = '2') OR $c$ = '3'", filter.ToEql());
    }

    [Fact]
    public void ToEql_NumberComparisons_UseInvariantQuotedLiterals()
    {
        var filter = Eql.All(
            Eql.Attr("effort").Gt(1.5m), Eql.Attr("effort").Ge(2), Eql.Attr("effort").Lt(10),
                Eql.Attr("effort").Le(-3));

        Assert.Equal("$effort$ > '1.5' AND $effort$ >= '2' AND $effort$ < '10' AND $effort$ <= '-3'", filter.ToEql());
    }

    [Fact]
    public void ToEql_DateTimeComparison_UsesTheFormatAndConvertsToItsZone()
    {
        var at = new DateTimeOffset(2024, 5, 31, 10, 15, 0, TimeSpan.FromHours(2));

        Assert.Equal("$opened$ >= '31.05.2024 08:15'", Eql.Attr("opened").Ge(at).ToEql());
        var iso = new EqlLiteralFormat { DateFormat = "yyyy-MM-dd", DateTimeFormat = "yyyy-MM-dd HH:mm" };
        Assert.Equal("$opened$ < '2024-05-31 08:15'", Eql.Attr("opened").Lt(at).ToEql(iso));
        Assert.Equal("$due$ = '2024-05-31'", Eql.Attr("due").Eq(new DateOnly(2024, 5, 31)).ToEql(iso));
    }

    [Theory]
    [InlineData("O'Brien", "single quote")]
    [InlineData("C:\\temp", "backslash")]
    [InlineData("price $x$", "dollar sign")]
    [InlineData("line\nbreak", "control character")]
    public void Eq_ValueThatCannotBeQuoted_IsRefusedNamingTheAttribute(string value, string reason)
    {
        var error = Assert.Throws<EsmFilterException>(() => Eql.Attr("summary").Eq(value));

        Assert.Equal("summary", error.AttributeCode);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("'summary'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NeAndLike_ValueWithQuote_AreRefusedToo()
    {
        Assert.Throws<EsmFilterException>(() => Eql.Attr("status").Ne("x' OR '1'='1"));
        Assert.Throws<EsmFilterException>(() => Eql.Attr("status").Like("%'%"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("task id")]
    [InlineData("x$ = '1' OR $y")]
    [InlineData("naïve")]
    public void Attr_CodeOutsideLettersDigitsUnderscore_IsRefused(string code)
    {
        var error = Assert.Throws<EsmFilterException>(() => Eql.Attr(code));

        Assert.Equal(code, error.AttributeCode);
    }

    [Fact]
    public void AttributeCodes_ListsEveryAttributeOnce()
    {
        var filter = Eql.Attr("b").Ne("x").And(Eql.Attr("a").Eq("1"));

        Assert.Equal(["a", "b"], filter.AttributeCodes);
    }

    [Fact]
    public void All_WithoutConditions_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Eql.All());
    }
}
