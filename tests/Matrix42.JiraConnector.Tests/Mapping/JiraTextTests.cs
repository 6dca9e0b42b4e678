using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Tests.Mapping;

public sealed class JiraTextTests
{
    [Theory]
    [InlineData("Printer on floor 3\r\nnot working", "Printer on floor 3 not working")]
    [InlineData("a \n\n b", "a b")]
    [InlineData("line\u2028sep", "line sep")]
    [InlineData("keep  double  spaces", "keep  double  spaces")]
    [InlineData("\n trimmed \n", "trimmed")]
    public void SanitizeSingleLine_LineBreaks_BecomeOneSpace(string input, string expected)
    {
        Assert.Equal(expected, JiraText.SanitizeSingleLine(input));
    }

    [Fact]
    public void SanitizeSingleLine_SurrogatePairAtLimit_IsNotSplit_C18()
    {
        var text = new string('x', 254) + "😀" + new string('y', 44);

        var result = JiraText.SanitizeSingleLine(text);

        Assert.Equal(new string('x', 254), result);
        Assert.False(char.IsHighSurrogate(result[^1]));
    }

    [Fact]
    public void SanitizeSingleLine_CombiningSequenceAtLimit_IsKeptWhole()
    {
        var text = new string('x', 253) + "e\u0301\u0302" + "tail";

        var result = JiraText.SanitizeSingleLine(text);

        Assert.Equal(new string('x', 253), result);
    }

    [Fact]
    public void SanitizeSingleLine_FitsExactly_IsUnchanged()
    {
        var text = new string('x', 253) + "😀";

        Assert.Equal(text, JiraText.SanitizeSingleLine(text));
    }

    [Fact]
    public void SanitizeSingleLine_LongText_IsAtMost255()
    {
        Assert.Equal(255, JiraText.SanitizeSingleLine(new string('z', 300)).Length);
    }
}
