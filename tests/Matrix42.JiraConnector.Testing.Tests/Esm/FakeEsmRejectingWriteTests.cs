using Matrix42.JiraConnector.Testing.Esm;

namespace Matrix42.JiraConnector.Testing.Tests.Esm;

/// <summary>The other reading of attribute errors: a write with any bad attribute saves nothing.</summary>
public sealed class FakeEsmRejectingWriteTests
{
    private static readonly FakeEsmOptions Rejecting = new() { RejectWritesWithAttributeErrors = true };

    [Fact]
    public async Task Create_BadStaticValue_Answers400AndSavesNothing()
    {
        using var tenant = new EsmTenant(Rejecting);
        await tenant.LogInAsync();

        var (status, body) = await tenant.SendAsync(
            HttpMethod.Post,
            "dc/incident/data",
            """
            {"folderCode":"incidents",
             "data":{"subject":{"values":[{"value":"x"}]},"status":{"values":[{"value":"?"}]}}}
            """);

        Assert.Equal(400, status);
        Assert.Contains("static value", (string?)body!["message"], StringComparison.Ordinal);
        Assert.Equal(0, tenant.Esm.CountCards("incident", includeTrashed: true));
    }

    [Fact]
    public async Task Modify_BadNumber_Answers400AndKeepsTheCard()
    {
        using var tenant = new EsmTenant(Rejecting);
        var id = tenant.AddIncident("before");
        await tenant.LogInAsync();

        var (status, _) = await tenant.SendAsync(
            HttpMethod.Patch,
            $"dc/incident/data/{id}",
            """
            {"dataCardId":"ID",
             "data":{"subject":{"values":[{"value":"after"}]},"priority":{"values":[{"value":"x"}]}}}
            """.Replace("ID", id.ToString()));

        Assert.Equal(400, status);
        Assert.Equal("before", tenant.Esm.FindCard(id)!.Name);
    }

    [Fact]
    public async Task Bulk_ItemWithBadAttribute_IsNotSavedAndCountedSo()
    {
        using var tenant = new EsmTenant(Rejecting);
        await tenant.LogInAsync();

        var (status, body) = await tenant.SendAsync(HttpMethod.Put, "dc/incident/data", """
            [
              {"folderCode":"incidents","data":{"subject":{"values":[{"value":"good"}]}}},
              {"folderCode":"incidents","data":{"subject":{"values":[{"value":"bad"}]},"colour":{"values":[]}}}
            ]
            """);

        Assert.Equal(200, status);
        Assert.Equal(1, (int?)body!["meta"]!["importResult"]!["notSavedDataCards"]);
        Assert.Null(body["data"]![1]!["dataCard"]);
        Assert.Equal("colour", (string?)body["data"]![1]!["errors"]![0]!["attributeCode"]);
        Assert.Equal(["good"], tenant.Esm.GetCards("incident").Select(c => c.Name));
    }
}
