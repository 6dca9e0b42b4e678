using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Http;
using Matrix42.JiraConnector.Testing.Jira.Jql;

namespace Matrix42.JiraConnector.Testing.Jira.Endpoints;

/// <summary>
/// Enhanced search (<c>/search/jql</c>, cursor paging with <c>nextPageToken</c>), the approximate count and
/// JQL parsing.
/// </summary>
internal static class SearchEndpoints
{
    public static void Register(JiraRouter router)
    {
        router.Add("GET", "/rest/api/3/search/jql", c => Search(c, SearchArguments.FromQuery(c)));
        router.Add("POST", "/rest/api/3/search/jql", c => Search(c, SearchArguments.FromBody(c.BodyObject())));
        router.Add("POST", "/rest/api/3/search/approximate-count", Count);
        router.Add("POST", "/rest/api/3/jql/parse", Parse);
    }

    private static FakeResponse Search(JiraCall call, SearchArguments args)
    {
        var query = ParseBounded(call, args.Jql);
        var fields = FieldSelection.Parse(args.Fields, defaultAll: false);
        var cap = fields.IdsOnly ? call.Site.SearchPageCapIdsOnly : call.Site.SearchPageCap;
        var size = Math.Clamp(args.MaxResults ?? 50, 1, cap);
        var fingerprint = Fingerprint(args);
        var offset = args.NextPageToken is null ? 0 : ReadToken(args.NextPageToken, fingerprint);

        var reconcile = args.Reconcile.ToHashSet();
        var matches = JqlSearch.Run(query, Context(call), i =>
            !call.CanSee(i) ? null : reconcile.Contains(i.Id) ? i : call.Site.SearchView(i));
        var page = matches.Skip(offset).Take(size).ToList();
        var expand = args.Expand.ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Search reports field names and schemas once for the page, not per issue.
        var perIssue = expand.Where(e => e is not ("names" or "schema")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var issues = new JsonArray();
        foreach (var issue in page)
        {
            issues.Add(call.Render.Issue(issue, fields, perIssue, args.Properties, embedded: true));
        }

        var json = new JsonObject { ["issues"] = issues };
        call.Render.AddNamesAndSchema(json, fields, expand);
        var isLast = offset + page.Count >= matches.Count;
        if (!isLast)
        {
            json["nextPageToken"] = WriteToken(offset + page.Count, fingerprint);
        }

        json["isLast"] = isLast;
        return call.Json(json);
    }

    private static FakeResponse Count(JiraCall call)
    {
        var body = call.BodyObject();
        var query = ParseBounded(call, (string?)body["jql"]);
        var count = JqlSearch.Run(query, Context(call), i => call.CanSee(i) ? call.Site.SearchView(i) : null).Count;
        return call.Json(new JsonObject { ["count"] = count });
    }

    private static FakeResponse Parse(JiraCall call)
    {
        var validation = call.Query("validation") ?? "strict";
        if (validation is not ("strict" or "warn" or "none"))
        {
            throw new JiraError($"The value '{validation}' of parameter 'validation' is not valid.");
        }

        var queries = call.BodyObject()["queries"] as JsonArray
            ?? throw new JiraError("The queries must be specified.");
        var results = new JsonArray();
        foreach (var item in queries)
        {
            var jql = (string?)item ?? string.Empty;
            var result = new JsonObject { ["query"] = jql };
            try
            {
                var parsed = JqlParser.Parse(jql, call.Site);
                if (validation != "none" && parsed.UnknownValues.Count > 0)
                {
                    result["warnings"] = new JsonArray([.. parsed.UnknownValues.Distinct().Select(w => (JsonNode)w)]);
                }
            }
            catch (JqlException e)
            {
                result["errors"] = new JsonArray(e.Message);
            }

            results.Add(result);
        }

        return call.Json(new JsonObject { ["queries"] = results });
    }

    private static JqlQuery ParseBounded(JiraCall call, string? jql)
    {
        var query = JqlParser.Parse(jql, call.Site);
        if (!query.IsBounded)
        {
            throw new JqlException(
                "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.");
        }

        if (query.UnknownValues.Count > 0 && call.Caller is not null)
        {
            throw new JqlException(query.UnknownValues[0]);
        }

        return query;
    }

    private static JqlContext Context(JiraCall call) =>
        new(call.Site, call.Caller?.AccountId, call.Site.Now, call.Zone);

    private static string Fingerprint(SearchArguments args)
    {
        var text = args.Jql + "|" + string.Join(',', args.Fields);
        var hash = 17L;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash.ToString("x", CultureInfo.InvariantCulture);
    }

    private static string WriteToken(int offset, string fingerprint) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{offset}:{fingerprint}")).TrimEnd('=').Replace(
            '+', '-').Replace('/', '_');

    private static int ReadToken(string token, string fingerprint)
    {
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split(':');
            if (parts.Length == 2 && parts[1] == fingerprint
                && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the same answer as a token from another query.
        }

        throw new JiraError(HttpStatusCode.BadRequest, "The provided next page token is invalid or expired.");
    }
}
