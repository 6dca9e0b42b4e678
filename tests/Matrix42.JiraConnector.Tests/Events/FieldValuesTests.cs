using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Events;
using Xunit;

namespace Matrix42.JiraConnector.Tests.Events;

public sealed class FieldValuesTests
{
    [Theory]
    [InlineData("{\"name\":\"High\"}", "{\"id\":\"2\",\"name\":\"High\",\"self\":\"x\"}", true)]
    [InlineData("{\"name\":\"High\"}", "{\"id\":\"3\",\"name\":\"Low\"}", false)]
    [InlineData("\"Printer down\"", "\"Printer down \"", true)]
    [InlineData("[\"a\",\"b\"]", "[\"b\",\"a\"]", true)]
    [InlineData("[\"a\"]", "[\"a\",\"b\"]", false)]
    [InlineData("null", "[]", true)]
    [InlineData("null", "\"x\"", false)]
    public void Matches_OursAgainstJiras_ComparesOnlyWhatWeSend(string ours, string theirs, bool expected)
    {
        using var document = JsonDocument.Parse(theirs);

        Assert.Equal(expected, FieldValues.Matches(JsonNode.Parse(ours), document.RootElement));
    }

    [Theory]
    [InlineData("\"Printer\"")]
    [InlineData("{\"name\":\"Printer\"}")]
    [InlineData("[\"Printer\"]")]
    public void Matches_JirasValueHoldsInvalidUtf8_DoesNotMatchAndDoesNotThrow(string ours)
    {
        byte[] json = [.. "{\"name\":\"Pr"u8, 0xC3, 0x28, .. "\",\"list\":[\"Pr"u8, 0xFF, .. "\"]}"u8];
        using var document = JsonDocument.Parse(json);
        var theirs = ours.StartsWith('{') ? document.RootElement
            : ours.StartsWith('[') ? document.RootElement.GetProperty("list")
            : document.RootElement.GetProperty("name");

        Assert.False(FieldValues.Matches(JsonNode.Parse(ours), theirs));
    }

    [Fact]
    public void Matches_DocumentsWithSameText_Match()
    {
        var ours = IssueChangeActivityTests.Adf("Line one");
        using var document = JsonDocument.Parse(IssueChangeActivityTests.Adf("Line one").ToJsonString());

        Assert.True(FieldValues.Matches(ours, document.RootElement));
        Assert.False(FieldValues.Matches(IssueChangeActivityTests.Adf("Line two"), document.RootElement));
    }
}
