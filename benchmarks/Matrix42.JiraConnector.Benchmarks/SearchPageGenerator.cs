using System.Globalization;
using System.Text.Json;

namespace Matrix42.JiraConnector.Benchmarks;

/// <summary>Writes a search page shaped like Jira Cloud's: system fields, custom fields, ADF descriptions.</summary>
internal static class SearchPageGenerator
{
    public static byte[] Generate(int issueCount)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteBoolean("isLast", true);
            json.WriteStartArray("issues");
            for (var i = 0; i < issueCount; i++)
            {
                WriteIssue(json, i);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteIssue(Utf8JsonWriter json, int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        json.WriteStartObject();
        json.WriteString("expand", "operations,versionedRepresentations,editmeta,changelog,renderedFields");
        json.WriteString("id", (10000 + i).ToString(CultureInfo.InvariantCulture));
        json.WriteString("self", $"https://acme.atlassian.net/rest/api/3/issue/{10000 + i}");
        json.WriteString("key", "ACME-" + n);
        json.WriteStartObject("fields");
        json.WriteString("summary", $"Printer on floor {i % 7} does not print issue {n}");
        Named(json, "status", "In Progress", "3");
        Named(json, "priority", "High", "2");
        Named(json, "issuetype", "Task", "10002");
        json.WriteStartObject("project");
        json.WriteString("id", "10000");
        json.WriteString("key", "ACME");
        json.WriteString("name", "Acme service desk");
        json.WriteEndObject();
        User(json, "assignee", i % 60);
        User(json, "reporter", (i + 7) % 50);
        User(json, "creator", (i + 3) % 50);
        json.WriteStartArray("labels");
        json.WriteStringValue("hardware");
        json.WriteStringValue("floor-" + (i % 7).ToString(CultureInfo.InvariantCulture));
        json.WriteEndArray();
        json.WriteString("created", "2024-03-10T23:30:00.000+0900");
        json.WriteString("updated", "2024-03-11T01:05:07.123-0500");
        json.WriteString("duedate", "2024-04-01");
        json.WriteNull("resolution");
        json.WriteNull("resolutiondate");
        json.WriteNumber("customfield_10016", 0.5m + i);
        Option(json, "customfield_10044", "Option 1", "10040", child: null);
        Option(json, "customfield_10045", "America", "10054", child: "Costa Rica");
        json.WriteStartArray("customfield_10046");
        Option(json, null, "Option 1", "10044", null);
        Option(json, null, "Option 2", "10045", null);
        json.WriteEndArray();
        json.WriteStartArray("customfield_10020");
        json.WriteStartObject();
        json.WriteNumber("id", 4);
        json.WriteString("name", "KP Sprint 3");
        json.WriteString("state", "future");
        json.WriteNumber("boardId", 4);
        json.WriteEndObject();
        json.WriteEndArray();
        for (var c = 10050; c < 10080; c++)
        {
            // Fields nobody maps: Jira returns many of them, mostly null.
            var name = "customfield_" + c.ToString(CultureInfo.InvariantCulture);
            if (c % 3 == 0)
            {
                json.WriteString(name, "unmapped text value " + n);
            }
            else
            {
                json.WriteNull(name);
            }
        }

        Description(json, n);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Named(Utf8JsonWriter json, string property, string name, string id)
    {
        json.WriteStartObject(property);
        json.WriteString("self", "https://acme.atlassian.net/rest/api/3/" + property + "/" + id);
        json.WriteString("name", name);
        json.WriteString("id", id);
        json.WriteEndObject();
    }

    private static void User(Utf8JsonWriter json, string property, int index)
    {
        json.WriteStartObject(property);
        json.WriteString("accountId", "acc-" + index.ToString(CultureInfo.InvariantCulture));
        json.WriteString("displayName", "Person " + index.ToString(CultureInfo.InvariantCulture));
        json.WriteBoolean("active", true);
        json.WriteString("timeZone", "Europe/Helsinki");
        json.WriteString("accountType", "atlassian");
        json.WriteEndObject();
    }

    private static void Option(Utf8JsonWriter json, string? property, string value, string id, string? child)
    {
        if (property is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(property);
        }

        json.WriteString("self", "https://acme.atlassian.net/rest/api/3/customFieldOption/" + id);
        json.WriteString("value", value);
        json.WriteString("id", id);
        if (child is not null)
        {
            json.WriteStartObject("child");
            json.WriteString("value", child);
            json.WriteString("id", "10056");
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Description(Utf8JsonWriter json, string n)
    {
        json.WriteStartObject("description");
        json.WriteString("type", "doc");
        json.WriteNumber("version", 1);
        json.WriteStartArray("content");
        for (var p = 0; p < 2; p++)
        {
            json.WriteStartObject();
            json.WriteString("type", "paragraph");
            json.WriteStartArray("content");
            json.WriteStartObject();
            json.WriteString("type", "text");
            json.WriteString("text", $"Paragraph {p} of issue {n}: the printer shows error 0x{p}F and stops.");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
