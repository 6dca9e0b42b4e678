using System.Text;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira.Jql;

namespace Matrix42.JiraConnector.Reliability.Tests.Configuration;

/// <summary>Mapped values that try to break out of a JQL or EQL literal stay one literal, or are refused.</summary>
public sealed class QueryInjectionTests
{
    public static TheoryData<string> HostileValues => new()
    {
        "' OR 1=1",
        "\" OR project != X",
        "x\" OR project != X OR summary ~ \"",
        "back\\slash",
        "\\\" OR 1=1 --",
        "trailing\\",
        "new\nline",
        "nul\0char",
        "\u202Eright-to-left",
        "emoji 🙂 and \"quotes\"",
        "$subject$ OR 1=1",
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void JqlQuote_HostileValue_IsExactlyOneLiteralThatReadsBackUnchanged(string value)
    {
        var literal = Jql.Quote(value);

        var (read, consumed) = ReadJqlString(literal);

        Assert.Equal(literal.Length, consumed);
        Assert.Equal(value, read);
    }

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void JqlBuilder_HostileValue_AddsNoClause(string value)
    {
        var jql = new JqlBuilder().Equal("project", "OPS").Equal("summary", value).Build();

        var prefix = "project = \"OPS\" AND summary = ";
        Assert.StartsWith(prefix.Replace("\"OPS\"", Jql.Quote("OPS"), StringComparison.Ordinal), jql,
            StringComparison.Ordinal);
        var rest = jql[(jql.IndexOf("summary = ", StringComparison.Ordinal) + "summary = ".Length)..];
        var (read, consumed) = ReadJqlString(rest);
        Assert.Equal(value, read);
        Assert.Equal(rest.Length, consumed);
    }

    [Theory]
    [InlineData("' OR 1=1")]
    [InlineData("back\\slash")]
    [InlineData("$subject$ OR 1=1")]
    [InlineData("new\nline")]
    public void EqlEq_ValueThatCouldEndTheLiteral_IsRefusedNamingTheAttribute(string value)
    {
        var error = Assert.Throws<EsmFilterException>(() => Eql.Attr("subject").Eq(value).ToEql());

        Assert.Contains("subject", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\" OR project != X")]
    [InlineData("emoji 🙂 and \"quotes\"")]
    public void EqlEq_DoubleQuotes_StayInsideTheSingleQuotedLiteral(string value)
    {
        var eql = Eql.Attr("subject").Eq(value).ToEql();

        var open = eql.IndexOf('\'', StringComparison.Ordinal);
        Assert.True(open >= 0, eql);
        Assert.Equal(eql.Length - 1, eql.IndexOf('\'', open + 1));
        Assert.Equal(value, eql[(open + 1)..^1]);
    }

    [Theory]
    [InlineData("subject$ = 'x' OR $other")]
    [InlineData("subject' OR '1'='1")]
    [InlineData("a b")]
    public void EqlAttr_HostileAttributeCode_IsRefused(string code)
    {
        var error = Record.Exception(() => Eql.Attr(code).Eq("x").ToEql());

        Assert.True(error is ArgumentException, $"'{code}' was accepted: {error}");
    }

    /// <summary>Reads one JQL double-quoted string the way Jira's parser does; returns its text and length.</summary>
    private static (string Text, int Consumed) ReadJqlString(string jql)
    {
        Assert.Equal('"', jql[0]);
        var text = new StringBuilder();
        for (var i = 1; i < jql.Length; i++)
        {
            var c = jql[i];
            if (c == '"')
            {
                return (text.ToString(), i + 1);
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            var next = jql[++i];
            switch (next)
            {
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u':
                    text.Append((char)Convert.ToInt32(jql.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default: text.Append(next); break;
            }
        }

        throw new InvalidOperationException("The literal is not closed: " + jql);
    }
}
