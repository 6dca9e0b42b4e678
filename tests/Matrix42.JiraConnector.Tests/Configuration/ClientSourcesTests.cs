using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.Testing.Esm;
using Matrix42.JiraConnector.Testing.Jira;

namespace Matrix42.JiraConnector.Tests.Configuration;

/// <summary>The adapters that let online validation read the real clients, proven against the fakes.</summary>
public sealed class ClientSourcesTests : IDisposable
{
    private readonly FakeJiraCloud _site = new();
    private readonly FakeEsm _tenant = new(new FakeEsmOptions { PublicOrigin = new Uri("https://esm.fake.test") });
    private readonly JiraClient _jira;
    private readonly IEsmClient _esm;

    public ClientSourcesTests()
    {
        _site.AddAccount("check@example.test", "jira-token");
        _site.AddProject("OPS", "Operations");
        _tenant.DefineTemplate("ticket", "Ticket", t => t.Folder("tickets").Text("summary"));
        _jira = JiraClientFactory.Create(
            new JiraClientOptions { SiteUrl = _site.SiteUrl, Email = "check@example.test", ApiToken = "jira-token" },
            primaryHandler: _site.CreateHandler());
        _esm = EsmClientFactory.Create(
            new EsmClientOptions
            {
                BaseAddress = new Uri("https://esm.fake.test"),
                Login = "webapi",
                Password = "webapi-password",
            },
            primaryHandler: _tenant.CreateHandler());
    }

    [Fact]
    public async Task CheckJqlAsync_ValidAndBrokenQueries_AreJudgedByJirasParser()
    {
        var source = new JiraClientMetadataSource(_jira);

        var valid = await source.CheckJqlAsync("project = OPS ORDER BY updated");
        var broken = await source.CheckJqlAsync("project = = OPS");

        Assert.True(valid.IsValid);
        Assert.False(broken.IsValid);
        Assert.NotEmpty(broken.Errors);
        Assert.Contains(_site.Log.Entries, e => e.Path == "/rest/api/3/jql/parse");
    }

    [Fact]
    public async Task ListFieldsAsync_ReturnsTheSitesSystemFields()
    {
        var fields = await new JiraClientMetadataSource(_jira).ListFieldsAsync();

        Assert.Contains(fields, f => f.Id == "summary");
    }

    [Fact]
    public async Task GetTemplateAsync_KnownAndUnknownTemplates_ReturnDefinitionOrNull()
    {
        var source = new EsmClientTemplateSource(_esm);

        var ticket = await source.GetTemplateAsync("ticket");
        var missing = await source.GetTemplateAsync("nosuchtemplate");

        Assert.NotNull(ticket);
        Assert.True(ticket.Attributes.ContainsKey("summary"));
        Assert.Null(missing);
    }

    public void Dispose()
    {
        _jira.Dispose();
        (_esm as IDisposable)?.Dispose();
    }
}
