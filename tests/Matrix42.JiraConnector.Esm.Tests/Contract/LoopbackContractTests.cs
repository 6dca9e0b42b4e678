using Matrix42.JiraConnector.Testing.Esm;

namespace Matrix42.JiraConnector.Esm.Tests.Contract;

/// <summary>The client over a real socket to the fake tenant on 127.0.0.1, with the default handler.</summary>
public sealed class LoopbackContractTests
{
    [Fact]
    public async Task Client_OverPlainHttpToLoopback_LogsInWithTheHeaderTokenAndWrites()
    {
        var esm = new FakeEsm();
        esm.DefineTemplate("incident", "Incident", t => t.Folder("incidents").Text("task_id"));
        await using var server = esm.StartLoopback();
        Assert.True(server.BaseAddress.IsLoopback);
        using var client = EsmClientFactory.Create(new EsmClientOptions
        {
            BaseAddress = server.BaseAddress,
            AllowInsecureLoopback = true,
            Login = "webapi",
            Password = "webapi-password",
        });

        var created = await client.UpsertAsync(
            "incident", "incidents", "task_id", "10042", new EsmAttributeSet());
        var found = await client.QueryAsync("incident", Eql.Attr("task_id").Eq("10042")).ToListAsync();

        Assert.True(created.Created);
        Assert.Equal([created.DataCardId], found.Select(c => c.DataCardId));
        Assert.Equal(1, esm.Log.Entries.Count(e => e.Path.EndsWith("/users/login", StringComparison.Ordinal)));
    }
}
