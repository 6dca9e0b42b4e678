using System.Text.Json;
using Matrix42.JiraConnector.Jira.Adf;

namespace Matrix42.JiraConnector.Jira.Tests.Adf;

public sealed class AdfTextTests
{
    private static readonly JsonSerializerOptions RelaxedJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const string C14 = """
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
        """;

    [Fact]
    public void ToPlainText_InvalidUtf8InTextNode_RendersReplacementCharacterAndTryReportsIt()
    {
        byte[] json = [.. System.Text.Encoding.UTF8.GetBytes(
                """{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"a"""),
            0xC3, 0x28, .. System.Text.Encoding.UTF8.GetBytes("\"},{\"type\":\"text\",\"text\":\"b\"}]}]}")];
        using var document = JsonDocument.Parse(json);
        using var valid = JsonDocument.Parse("\"fine\"");

        var plain = AdfText.ToPlainText(document.RootElement);
        var decoded = AdfText.TryToPlainText(document.RootElement, out var text);
        var decodedAfter = AdfText.TryToPlainText(valid.RootElement, out var fine);

        Assert.Equal("\uFFFDb", plain);
        Assert.False(decoded);
        Assert.Equal(plain, text);
        Assert.True(decodedAfter);
        Assert.Equal("fine", fine);
    }

    [Fact]
    public void FromPlainText_BlankLineAndHtml_TwoParagraphsWithoutEscapingOrEmptyText()
    {
        var doc = AdfText.FromPlainText("Line 1\n\nLine 2 <b>&</b>");

        var expected = """
            {"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"text","text":"Line 1"}]},
            {"type":"paragraph","content":[{"type":"text","text":"Line 2 <b>&</b>"}]}]}
            """;
        Assert.Equal(Fixtures.Compact(expected), doc.ToJsonString(RelaxedJson));
    }

    [Fact]
    public void FromPlainText_SingleNewlinesAndCrLf_HardBreaksInOneParagraph()
    {
        var doc = AdfText.FromPlainText("a\r\nb\nc\r\n\r\n\r\n\r\nd\n");

        var content = doc["content"]!.AsArray();
        Assert.Equal(2, content.Count);
        var first = content[0]!["content"]!.AsArray().Select(n => (string)n!["type"]!).ToArray();
        Assert.Equal(["text", "hardBreak", "text", "hardBreak", "text"], first);
        Assert.DoesNotContain("\"text\":\"\"", doc.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("\n\n  \n")]
    public void FromPlainText_EmptyInput_ValidEmptyDocument(string? text)
    {
        var doc = AdfText.FromPlainText(text);

        Assert.Equal("doc", (string?)doc["type"]);
        Assert.Equal(1, (int)doc["version"]!);
        Assert.Empty(doc["content"]!.AsArray());
    }

    [Fact]
    public void ToPlainText_InlineNodes_RendersMentionEmojiDateStatusAndCard()
    {
        var text = AdfText.ToPlainText(Fixtures.Parse(C14));

        Assert.Equal(
            "ping @Alice Example please review 👍 by 2026-01-01 BLOCKED see https://acme.atlassian.net/browse/ACME-2",
            text);
    }

    [Fact]
    public void GetMentions_C14_KeepsAccountId()
    {
        var mention = Assert.Single(AdfText.GetMentions(Fixtures.Parse(C14)));

        Assert.Equal("712020:00000000-0000-4000-8000-0000000a11ce", mention.AccountId);
        Assert.Equal("@Alice Example", mention.Text);
    }

    [Fact]
    public void ToPlainText_FullDocumentF15_AllTextLeavesInOrder()
    {
        var adf = Fixtures.Json(Fixtures.F15AdfDocument);

        var text = AdfText.ToPlainText(adf);

        var leaves = TextLeaves(adf).ToList();
        Assert.Equal(60, leaves.Count);
        var position = 0;
        foreach (var leaf in leaves)
        {
            var found = text.IndexOf(leaf, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{leaf}' missing or out of order");
            position = found + leaf.Length;
        }
    }

    [Fact]
    public void ToPlainText_FullDocumentF15_TableHeaderRowFirstInCellOrder()
    {
        var text = AdfText.ToPlainText(Fixtures.Json(Fixtures.F15AdfDocument));

        Assert.Contains("Table Header 1 | Table Header 2 | Table Header 3", text, StringComparison.Ordinal);
        Assert.Contains("Person A", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_FullDocumentF15_NestedListsIndentedPerLevel()
    {
        var text = AdfText.ToPlainText(Fixtures.Json(Fixtures.F15AdfDocument));

        Assert.Contains("- Prefix: Unordered list item 1\n  - Next\n    - Another\n      - New level", text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_FullDocumentF15_CodeBlockKeptByteForByte()
    {
        var adf = Fixtures.Json(Fixtures.F15AdfDocument);
        var code = FindAll(adf, "codeBlock").Select(c => string.Concat(TextLeaves(c))).ToList();
        Assert.NotEmpty(code);

        var text = AdfText.ToPlainText(adf);

        Assert.All(code, block => Assert.Contains(block, text, StringComparison.Ordinal));
    }

    [Fact]
    public void ToPlainText_F01Description_KeepsNoBreakSpace()
    {
        var description = Fixtures.Json(Fixtures.F01GetIssue).GetProperty("fields").GetProperty("description");

        var text = AdfText.ToPlainText(description);

        Assert.StartsWith("Lorem Ipsum\u00a0es simplemente", text, StringComparison.Ordinal);
        Assert.Contains("sadsadsad", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"doc","content":[{"type":"futureNode","attrs":{"text":"from attrs"}}]}""", "from attrs")]
    [InlineData("""
        {"type":"doc","content":[{"type":"futureBlock","content":[{"type":"text","text":"child"}]}]}
        """, "child")]
    [InlineData("""{"type":"doc","content":[{"type":"futureLeaf","text":"own text"}]}""", "own text")]
    [InlineData("""{"type":"doc","content":"not an array"}""", "")]
    [InlineData("""{"type":"doc","content":[42, null, {"type":"mediaSingle","content":[{"type":"media"}]}]}""", "")]
    [InlineData("""{"type":"doc","content":[{"type":"date","attrs":{"timestamp":"soon"}}]}""", "soon")]
    [InlineData("\"plain wiki *text*\"", "plain wiki *text*")]
    [InlineData("null", "")]
    public void ToPlainText_UnknownOrOddNodes_NeverThrows(string json, string expected)
    {
        Assert.Equal(expected, AdfText.ToPlainText(Fixtures.Parse(json)));
    }

    [Theory]
    [InlineData(20, "x")]
    [InlineData(5000, "")]
    public void ToPlainText_DeeplyNested_RendersOrCutsOffWithoutOverflow(int depth, string expected)
    {
        var json = string.Concat(Enumerable.Repeat("{\"type\":\"blockquote\",\"content\":[", depth)) +
                   "{\"type\":\"text\",\"text\":\"x\"}" + string.Concat(Enumerable.Repeat("]}", depth));
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 20000 });

        Assert.Equal(expected, AdfText.ToPlainText(document.RootElement));
    }

    [Fact]
    public void FromPlainText_ThenToPlainText_RoundTripsParagraphsAndBreaks()
    {
        const string original = "First line\nsecond line\n\nNew paragraph";

        var json = AdfText.FromPlainText(original).ToJsonString();

        Assert.Equal(original, AdfText.ToPlainText(Fixtures.Parse(json)));
    }

    private static IEnumerable<string> TextLeaves(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        if (node.TryGetProperty("type", out var type) && type.GetString() == "text")
        {
            yield return node.GetProperty("text").GetString()!;
        }

        if (node.TryGetProperty("content", out var content))
        {
            foreach (var leaf in content.EnumerateArray().SelectMany(TextLeaves))
            {
                yield return leaf;
            }
        }
    }

    private static IEnumerable<JsonElement> FindAll(JsonElement node, string type)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        if (node.TryGetProperty("type", out var t) && t.GetString() == type)
        {
            yield return node;
        }

        if (node.TryGetProperty("content", out var content))
        {
            foreach (var found in content.EnumerateArray().SelectMany(c => FindAll(c, type)))
            {
                yield return found;
            }
        }
    }
}
