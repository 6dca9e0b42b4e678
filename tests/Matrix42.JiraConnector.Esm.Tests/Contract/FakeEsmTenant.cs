using Matrix42.JiraConnector.Testing.Esm;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Esm.Tests.Contract;

/// <summary>The fake ESM tenant with an <c>incident</c> and a <c>person</c> template, and a client on it.</summary>
public sealed class FakeEsmTenant : IDisposable
{
    private readonly Lazy<EsmClient> _client;

    public FakeEsmTenant(FakeEsmOptions? options = null)
    {
        Esm = new FakeEsm(options, Time);
        Esm.DefineTemplate("person", "Person", t => t.Folder("people").Text("full_name").NameFrom("full_name"));
        Esm.DefineTemplate("incident", "Incident", t => t
            .Folder("incidents")
            .Text("task_id")
            .Text("summary")
            .Number("effort")
            .Date("due")
            .DateTime("opened")
            .StaticValue("status", [new FakeEsmStaticValue("new", "1 - New"), new FakeEsmStaticValue("removed",
                "5 - Removed")])
            .Reference("owner", ["person"])
            .ExternalReference("links", multiValue: true)
            .Worklog("comments"));
        _client = new Lazy<EsmClient>(() => EsmClientFactory.Create(
            new EsmClientOptions
            {
                BaseAddress = new Uri("https://localhost"),
                Login = "webapi",
                Password = "webapi-password",
                RetryBaseDelay = TimeSpan.FromSeconds(1),
            },
            Esm.CreateHandler(),
            Time));
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    public FakeEsm Esm { get; }

    public EsmClient Client => _client.Value;

    public async Task<T> DriveAsync<T>(Task<T> call)
    {
        for (var i = 0; i < 2000 && !call.IsCompleted; i++)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(1);
        }

        return await call.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }
}
