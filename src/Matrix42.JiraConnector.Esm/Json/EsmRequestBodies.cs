using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Builds the JSON request bodies of the write endpoints.</summary>
internal static class EsmRequestBodies
{
    public static ByteArrayContent Create(string folderCode, EsmAttributeSet data) => Json(writer =>
        WriteCard(writer, null, folderCode, data));

    public static ByteArrayContent Modify(string dataCardId, string? folderCode, EsmAttributeSet data) => Json(writer =>
        WriteCard(writer, dataCardId, folderCode, data));

    public static ByteArrayContent Bulk(IReadOnlyList<EsmBulkItem> items) => Json(writer =>
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            WriteCard(writer, item.DataCardId, item.FolderCode, item.Data);
        }

        writer.WriteEndArray();
    });

    public static ByteArrayContent Values(IReadOnlyList<EsmValue> values) => Json(writer =>
    {
        writer.WriteStartObject();
        EsmValueWriter.WriteValues(writer, values);
        writer.WriteEndObject();
    });

    private static void WriteCard(Utf8JsonWriter writer, string? dataCardId, string? folderCode, EsmAttributeSet data)
    {
        writer.WriteStartObject();
        if (dataCardId is not null)
        {
            writer.WriteString("dataCardId", dataCardId);
        }

        if (!string.IsNullOrEmpty(folderCode))
        {
            writer.WriteString("folderCode", folderCode);
        }

        EsmValueWriter.WriteData(writer, data);
        writer.WriteEndObject();
    }

    private static ByteArrayContent Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        // Bytes (not a stream) so that a retry can send the same content again.
        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
