using Matrix42.JiraConnector.Mapping;
using static Matrix42.JiraConnector.Tests.Mapping.MapTestKit;

namespace Matrix42.JiraConnector.Tests.Mapping;

public sealed class RichTextTests
{
    [Fact]
    public void ToPlainText_InlineNodes_AreRendered_C14()
    {
        var document = ParseJson("""
            {"type":"doc","version":1,"content":[{"type":"paragraph","content":[
             {"type":"text","text":"ping "},
             {"type":"mention","attrs":{"id":"712020:00000000-0000-4000-8000-0000000a11ce","text":"@Alice Example"}},
             {"type":"text","text":" please review "},
             {"type":"emoji","attrs":{"shortName":":thumbsup:","text":"👍"}},
             {"type":"text","text":" by "},
             {"type":"date","attrs":{"timestamp":"1767225600000"}},
             {"type":"text","text":" "},
             {"type":"status","attrs":{"text":"BLOCKED","color":"red"}},
             {"type":"text","text":" see "},
             {"type":"inlineCard","attrs":{"url":"https://acme.atlassian.net/browse/ACME-2"}}]}]}
            """);

        Assert.Equal(
            "ping @Alice Example please review 👍 by 2026-01-01 BLOCKED see " +
            "https://acme.atlassian.net/browse/ACME-2",
            RichText.ToPlainText(document));
    }

    [Fact]
    public void FromPlainTextThenToPlainText_GivesTheTextBack()
    {
        var adf = RichText.FromPlainText("First\nsecond line\r\n\r\nNext paragraph");

        var text = RichText.ToPlainText(ParseJson(adf.ToJsonString()));

        Assert.Equal("First\nsecond line\n\nNext paragraph", text);
        Assert.Contains("hardBreak", adf.ToJsonString(), StringComparison.Ordinal);
    }
}
