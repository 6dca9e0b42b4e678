using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Endpoints;

/// <summary>
/// The <c>update</c> verbs of an edit (<c>set</c>, <c>add</c>, <c>remove</c>), folded into the field value
/// they produce so that one validation path serves both forms.
/// </summary>
internal static class IssueUpdates
{
    public static JsonNode? Apply(JiraCall call, JiraIssue issue, string fieldId, JsonArray operations)
    {
        var current = call.Render.FieldValue(issue, fieldId);
        foreach (var operation in operations.OfType<JsonObject>())
        {
            foreach (var (verb, argument) in operation)
            {
                current = verb switch
                {
                    "set" => argument?.DeepClone(),
                    "add" => Add(current, argument),
                    "remove" => Remove(current, argument),
                    _ => throw JiraError.Field(
                        fieldId, $"The operation '{verb}' is not supported for field '{fieldId}'."),
                };
            }
        }

        return current;
    }

    private static JsonArray Add(JsonNode? current, JsonNode? argument)
    {
        var array = current is JsonArray a ? (JsonArray)a.DeepClone() : [];
        if (!array.Any(n => JsonNode.DeepEquals(n, argument)))
        {
            array.Add(argument?.DeepClone());
        }

        return array;
    }

    private static JsonArray Remove(JsonNode? current, JsonNode? argument)
    {
        var kept = (current as JsonArray ?? []).Where(n => !JsonNode.DeepEquals(n, argument)).Select(n =>
            n?.DeepClone());
        return [.. kept];
    }
}
