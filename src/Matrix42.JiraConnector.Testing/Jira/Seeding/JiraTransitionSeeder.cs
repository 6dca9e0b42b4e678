using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Seeding;

/// <summary>
/// Seeds workflow transitions from a transition list: each becomes a global transition to its target status,
/// with the screen fields (and their required flags) the document lists.
/// </summary>
internal static class JiraTransitionSeeder
{
    public static void Seed(JiraSite site, JsonArray transitions)
    {
        foreach (var document in transitions.OfType<JsonObject>())
        {
            var id = (string?)document["id"] ?? throw new JiraError("A transition needs an id.");
            var to = document["to"] as JsonObject;
            var status = site.StatusOrAdd((string?)to?["id"], (string?)to?["name"], (
                string?)to?["statusCategory"]?["key"]);
            site.Transitions.RemoveAll(t => t.Id == id);
            var transition = new JiraTransition { Id = id, Name = (string?)document["name"]
                ?? id, ToStatusId = status.Id };
            foreach (var (fieldId, meta) in document["fields"] as JsonObject ?? [])
            {
                transition.ScreenFields[fieldId] = (bool?)meta?["required"] ?? false;
                RegisterField(site, fieldId, meta as JsonObject);
            }

            site.Transitions.Add(transition);
        }
    }

    private static void RegisterField(JiraSite site, string fieldId, JsonObject? meta)
    {
        if (site.FieldsById.ContainsKey(fieldId) || meta?["schema"] is not JsonObject schema)
        {
            return;
        }

        site.AddField(new JiraField
        {
            Id = fieldId,
            Name = (string?)meta["name"] ?? fieldId,
            Custom = schema["custom"] is not null,
            SchemaType = (string?)schema["type"] ?? "any",
            Items = (string?)schema["items"],
            SchemaName = (string?)schema["custom"] ?? (string?)schema["system"],
        });
    }
}
