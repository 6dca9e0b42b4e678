using System.Net;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>The template list and template definitions.</summary>
internal static class EsmTemplateEndpoints
{
    public static FakeResponse List(EsmCall call, EsmStore store)
    {
        var templates = new JsonArray();
        foreach (var template in store.Templates.Where(t => !store.IsForbidden(t.Code)))
        {
            templates.Add(new JsonObject
            {
                ["name"] = template.Name,
                ["templateCode"] = template.Code,
                ["url"] = $"{call.ApiBase}/dc/{EsmFormat.Escape(template.Code)}",
            });
        }

        return FakeResponse.Json(HttpStatusCode.OK, templates, FakeEsmRoutes.ListTemplates);
    }

    public static FakeResponse Get(EsmCall call, EsmTemplate template) =>
        FakeResponse.Json(HttpStatusCode.OK, EsmJson.TemplateDefinition(template), FakeEsmRoutes.GetTemplate);
}
