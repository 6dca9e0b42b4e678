using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Esm;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Testing.Tests.Esm;

/// <summary>A seeded fake tenant with a fake clock and an HTTP client logged in on demand.</summary>
internal sealed class EsmTenant : IDisposable
{
    public const string Login = "webapi";
    public const string Password = "webapi-password";

    public static readonly FakeEsmStaticValue[] Statuses =
    [
        new("new", "1 - New"),
        new("solving", "2 - Solving"),
        new("removed", "5 - Removed"),
    ];

    public EsmTenant(FakeEsmOptions? options = null)
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        Esm = new FakeEsm(options, Clock);
        Esm.DefineTemplate("person", "Person", t => t.Folder("people", "People").Text("full_name").Text("email"));
        Esm.DefineTemplate("incident", "Incident", t => t
            .Folder("incidents", "Incidents")
            .Folder("archive", "Archive")
            .Text("subject")
            .Text("task_id")
            .Text("labels", multiValue: true)
            .Number("priority")
            .Date("due")
            .DateTime("reported")
            .StaticValue("status", Statuses, name: "Status")
            .Reference("owner", ["person"], name: "Owner")
            .ExternalReference("link")
            .Worklog("comments", "Comments"));
        Http = new HttpClient(Esm.CreateHandler()) { BaseAddress = Esm.ApiBaseAddress };
    }

    public FakeTimeProvider Clock { get; }

    public FakeEsm Esm { get; }

    public HttpClient Http { get; }

    public long AddIncident(string subject, IReadOnlyDictionary<string, object?>? more = null)
    {
        var values = new Dictionary<string, object?> { ["subject"] = subject };
        foreach (var (key, value) in more ?? new Dictionary<string, object?>())
        {
            values[key] = value;
        }

        return Esm.AddCard("incident", "incidents", values);
    }

    public async Task<string> LogInAsync()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = Login,
            ["password"] = Password,
        });
        using var response = await Http.PostAsync("users/login", form);
        response.EnsureSuccessStatusCode();
        var bearer = response.Headers.GetValues("Authorization").Single();
        Http.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(bearer);
        return bearer["Bearer ".Length..];
    }

    public async Task<(int Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public Task<(int Status, JsonNode? Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public void Dispose() => Http.Dispose();
}
