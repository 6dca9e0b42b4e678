using System.Text.Json;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Reads write answers and error bodies.</summary>
internal static class EsmResultReader
{
    public static IReadOnlyList<EsmAttributeError> ReadAttributeErrors(JsonElement json)
    {
        var meta = json.Property("meta") ?? default;
        var errors = meta.Array("errors").Concat(json.Array("errors"))
            .Concat(meta.Array("createdReferences").SelectMany(r => r.Array("errors")));
        return errors.Select(ReadAttributeError).ToArray();
    }

    public static EsmAttributeError ReadAttributeError(JsonElement json) => new(
        json.String("attributeCode"), json.String("attributeType"), json.String("message"), json.String("error"));

    public static string? ReadWrittenId(JsonElement json) =>
        json.Property("dataCard") is { } card ? card.String("dataCardId") ?? card.String("id") : null;

    public static EsmBulkResult ReadBulk(JsonElement json, int itemCount)
    {
        var answers = json.Array("data").ToArray();
        var items = new EsmBulkItemResult[itemCount];
        for (var i = 0; i < itemCount; i++)
        {
            // Answers are matched by position; the API gives no other correlation.
            items[i] = i < answers.Length
                ? new EsmBulkItemResult(
                    i,
                    ReadWrittenId(answers[i]),
                    answers[i].Array("errors").Select(ReadAttributeError).ToArray())
                : new EsmBulkItemResult(i, null, []);
        }

        var import = (json.Property("meta") ?? default).Property("importResult") ?? default;
        var notSaved = import.Int("notSavedDataCards");
        var saved = import.Property("savedDataCards") is null
            ? items.Count(i => i.Succeeded)
            : import.Int("savedDataCards");
        return new EsmBulkResult(items, saved, notSaved);
    }

    public static EsmErrorDetails ReadError(int statusCode, JsonElement? json) => json is not { } body
        ? new EsmErrorDetails(statusCode, null, null, null, [])
        : new EsmErrorDetails(
            statusCode,
            body.String("error"),
            body.String("message") ?? (body.Property("meta") ?? default).String("message"),
            body.String("url"),
            ReadAttributeErrors(body));
}
