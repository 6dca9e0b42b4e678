namespace Matrix42.JiraConnector.Jira.Tests.Issues;

public sealed class JiraSummaryTests
{
    [Theory]
    [InlineData("Printer on floor 3\r\nnot working", "Printer on floor 3 not working")]
    [InlineData("  a \n\n\n b\rc  ", "a b c")]
    [InlineData(null, "")]
    public void Normalize_LineBreaksC18_CollapsedToSingleSpaces(string? input, string expected)
    {
        Assert.Equal(expected, JiraSummary.Normalize(input));
    }

    [Fact]
    public void Normalize_EmojiAcrossLimitC18_CutBeforeItWithoutLoneSurrogate()
    {
        var input = new string('a', 254) + "😀" + new string('b', 44);

        var summary = JiraSummary.Normalize(input);

        Assert.Equal(new string('a', 254), summary);
        Assert.False(char.IsSurrogate(summary[^1]));
    }

    [Fact]
    public void Normalize_Exactly255_Unchanged()
    {
        var input = new string('x', 255);

        Assert.Equal(input, JiraSummary.Normalize(input));
    }
}
