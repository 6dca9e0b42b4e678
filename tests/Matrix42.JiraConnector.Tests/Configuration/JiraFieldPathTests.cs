using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Tests.Configuration;

public sealed class JiraFieldPathTests
{
    [Fact]
    public void Parse_ArrayProjection_GivesPropertyEachProperty()
    {
        var path = JiraFieldPath.Parse("fields.customfield_10020[].name");

        Assert.Equal(
            [JiraPathSegmentKind.Property, JiraPathSegmentKind.Property, JiraPathSegmentKind.EachElement,
                JiraPathSegmentKind.Property],
            path.Segments.Select(s => s.Kind).ToArray());
        Assert.Equal("customfield_10020", path.Field);
        Assert.False(path.FieldIsDisplayName);
    }

    [Fact]
    public void Parse_DisplayName_KeepsDotsAndSpaces()
    {
        var path = JiraFieldPath.Parse("fields[\"Team. Name (old)\"].value");

        Assert.Equal("Team. Name (old)", path.Field);
        Assert.True(path.FieldIsDisplayName);
        Assert.Equal("value", path.Segments[2].Name);
    }

    [Fact]
    public void WithFieldId_ResolvedDisplayName_RewritesTheText()
    {
        var path = JiraFieldPath.Parse("fields[\"Sprint\"][].name").WithFieldId("customfield_10020");

        Assert.Equal("fields.customfield_10020[].name", path.Text);
        Assert.False(path.FieldIsDisplayName);
    }

    [Fact]
    public void Parse_TopLevelName_HasNoField()
    {
        var path = JiraFieldPath.Parse("key");

        Assert.Null(path.Field);
        Assert.Single(path.Segments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("fields.")]
    [InlineData(".key")]
    [InlineData("fields..summary")]
    [InlineData("fields[\"unclosed")]
    [InlineData("fields[\"\"]")]
    [InlineData("fields.summary!")]
    [InlineData("fields[x]")]
    public void TryParse_Malformed_FailsWithReason(string text)
    {
        Assert.False(JiraFieldPath.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
