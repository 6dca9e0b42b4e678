using Matrix42.JiraConnector.Testing.Esm;

namespace Matrix42.JiraConnector.Testing.Tests.Esm;

public sealed class FakeEsmSeedingTests
{
    [Fact]
    public void AddCard_UnknownStaticValue_ThrowsNamingIt()
    {
        using var tenant = new EsmTenant();

        var error = Assert.Throws<ArgumentException>(() =>
            tenant.AddIncident("x", new Dictionary<string, object?> { ["status"] = "7 - Lost" }));

        Assert.Contains("7 - Lost", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, tenant.Esm.CountCards("incident", includeTrashed: true));
    }

    [Theory]
    [InlineData("nothing", "incidents")]
    [InlineData("incident", "people")]
    public void AddCard_UnknownTemplateOrFolder_Throws(string template, string folder)
    {
        using var tenant = new EsmTenant();

        Assert.Throws<ArgumentException>(() => tenant.Esm.AddCard(template, folder));
    }

    [Fact]
    public void AddCard_UnknownAttribute_Throws()
    {
        using var tenant = new EsmTenant();

        Assert.Throws<ArgumentException>(() => tenant.AddIncident("x",
            new Dictionary<string, object?> { ["colour"] = "red" }));
    }

    [Fact]
    public void AddCard_StaticValueByCode_StoresValueAndCode()
    {
        using var tenant = new EsmTenant();

        var id = tenant.AddIncident("x",
            new Dictionary<string, object?> { ["status"] = new FakeEsmValue { Code = "removed" } });

        var stored = tenant.Esm.FindCard(id)!.ValuesOf("status")[0];
        Assert.Equal(new FakeEsmValue { Value = "5 - Removed", Code = "removed" }, stored);
    }

    [Fact]
    public void GetCards_AfterTrash_ExcludesTrashedUnlessAsked()
    {
        using var tenant = new EsmTenant();
        var a = tenant.AddIncident("a");
        var b = tenant.AddIncident("b");

        var moved = tenant.Esm.MoveToTrash(a);
        var again = tenant.Esm.MoveToTrash(a);

        Assert.True(moved);
        Assert.False(again);
        Assert.Equal([b], tenant.Esm.GetCards("incident").Select(c => c.Id));
        Assert.Equal([a, b], tenant.Esm.GetCards("incident", includeTrashed: true).Select(c => c.Id));
    }

    [Fact]
    public void DefineTemplate_Twice_Throws()
    {
        using var tenant = new EsmTenant();

        Assert.Throws<InvalidOperationException>(
            () => tenant.Esm.DefineTemplate("incident", "Again", t => t.Folder("f")));
    }

    [Fact]
    public void DefineTemplate_WithoutFolder_Throws()
    {
        var esm = new FakeEsm();

        Assert.Throws<InvalidOperationException>(() => esm.DefineTemplate("t", "T", t => t.Text("a")));
    }

    [Theory]
    [InlineData("rest-api/itsm/v1")]
    [InlineData("/rest-api/itsm/v1/")]
    public void Constructor_BadBasePath_ThrowsNamingSetting(string basePath)
    {
        var error = Assert.Throws<ArgumentException>(() => new FakeEsm(new FakeEsmOptions { BasePath = basePath }));

        Assert.Contains("BasePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCard_FirstDataCardIdOption_StartsThereAndIncreases()
    {
        var esm = new FakeEsm(new FakeEsmOptions { FirstDataCardId = 500 });
        esm.DefineTemplate("t", "T", t => t.Folder("f").Text("a"));

        var first = esm.AddCard("t", "f");
        var second = esm.AddCard("t", "f");

        Assert.Equal(500, first);
        Assert.Equal(501, second);
    }
}
