using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Matrix42.JiraConnector.Jira.Adf;

namespace Matrix42.JiraConnector.Benchmarks;

/// <summary>
/// Turns a large ADF document (headings, paragraphs with marks and mentions, lists, code, tables; about 1 MB)
/// into plain text, against a naive walk that only concatenates every <c>text</c> value (baseline): the ratio
/// is what block layout, mentions and list numbering cost beyond visiting the tree.
/// </summary>
[MemoryDiagnoser]
public class AdfTextBenchmarks
{
    private JsonDocument _document = null!;

    [GlobalSetup]
    public void Setup() => _document = JsonDocument.Parse(Generate(blocks: 2_000));

    [GlobalCleanup]
    public void Cleanup() => _document.Dispose();

    [Benchmark(Baseline = true)]
    public int NaiveTextWalk()
    {
        var text = new StringBuilder();
        Walk(_document.RootElement, text);
        return text.Length;
    }

    [Benchmark]
    public int ToPlainText() => AdfText.ToPlainText(_document.RootElement).Length;

    private static void Walk(JsonElement node, StringBuilder text)
    {
        if (node.TryGetProperty("text"u8, out var value))
        {
            text.Append(value.GetString());
        }

        if (node.TryGetProperty("content"u8, out var content))
        {
            foreach (var child in content.EnumerateArray())
            {
                Walk(child, text);
            }
        }
    }

    private static byte[] Generate(int blocks)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("type", "doc");
            json.WriteNumber("version", 1);
            json.WriteStartArray("content");
            for (var i = 0; i < blocks; i++)
            {
                Block(json, i);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void Block(Utf8JsonWriter json, int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        switch (i % 5)
        {
            case 0:
                Container(json, "heading", () => Text(json, "Section " + n, null), level: 2);
                break;
            case 1:
                Container(json, "paragraph", () =>
                {
                    Text(json, "The printer on floor " + n + " stops with ", null);
                    Text(json, "error 0x4F", "strong");
                    Text(json, "; reported by ", null);
                    json.WriteStartObject();
                    json.WriteString("type", "mention");
                    json.WriteStartObject("attrs");
                    json.WriteString("id", "acc-" + n);
                    json.WriteString("text", "@Person " + n);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteStartObject();
                    json.WriteString("type", "hardBreak");
                    json.WriteEndObject();
                    Text(json, "Second line after a hard break.", "em");
                });
                break;
            case 2:
                Container(json, "bulletList", () =>
                {
                    for (var item = 0; item < 3; item++)
                    {
                        Container(json, "listItem", () =>
                            Container(json, "paragraph", () => Text(json, "Step " + item + " of block " + n, null)));
                    }
                });
                break;
            case 3:
                Container(json, "codeBlock", () =>
                    Text(json, "lpstat -p printer-" + n + "\nsystemctl restart cups", null));
                break;
            default:
                Container(json, "table", () =>
                {
                    for (var row = 0; row < 2; row++)
                    {
                        Container(json, "tableRow", () =>
                        {
                            for (var cell = 0; cell < 3; cell++)
                            {
                                Container(json, "tableCell", () =>
                                    Container(json, "paragraph", () => Text(json, "cell " + row + "." + cell, null)));
                            }
                        });
                    }
                });
                break;
        }
    }

    private static void Container(Utf8JsonWriter json, string type, Action content, int level = 0)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        if (level > 0)
        {
            json.WriteStartObject("attrs");
            json.WriteNumber("level", level);
            json.WriteEndObject();
        }

        json.WriteStartArray("content");
        content();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string text, string? mark)
    {
        json.WriteStartObject();
        json.WriteString("type", "text");
        json.WriteString("text", text);
        if (mark is not null)
        {
            json.WriteStartArray("marks");
            json.WriteStartObject();
            json.WriteString("type", mark);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
