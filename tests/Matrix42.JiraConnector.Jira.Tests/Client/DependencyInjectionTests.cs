using System.Net;
using System.Text;
using Matrix42.JiraConnector.Jira.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Matrix42.JiraConnector.Jira.Tests.Infrastructure.StubHandler;

namespace Matrix42.JiraConnector.Jira.Tests.Client;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddJiraCloudClient_ResolvedClient_UsesSameAuthAndRetryPipeline()
    {
        var time = new FakeTimeProvider();
        var stub = new StubHandler(time, Status(HttpStatusCode.ServiceUnavailable), JsonBody("""{"accountId":"a"}"""));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddJiraCloudClient(o =>
        {
            o.SiteUrl = new Uri(TestClients.Site);
            o.Email = TestClients.Email;
            o.ApiToken = TestClients.Token;
        }).ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IJiraClient>();
        var me = await TestClients.WithTimeAsync(time, () => client.Connection.GetMyselfAsync());

        Assert.Equal("a", me.AccountId);
        Assert.Equal(2, stub.Requests.Count);
        Assert.All(stub.Requests, r => Assert.StartsWith("Basic ", r.Authorization, StringComparison.Ordinal));
    }

    [Fact]
    public void AddJiraCloudClient_TwoConnectors_SeparateClientsAndOptions()
    {
        var services = new ServiceCollection();
        services.AddJiraCloudClient("a", o => Configure(o, "https://a.atlassian.net"));
        services.AddJiraCloudClient("b", o => Configure(o, "https://b.atlassian.net"));
        using var provider = services.BuildServiceProvider();
        var clients = provider.GetRequiredService<IJiraClientProvider>();

        Assert.NotSame(clients.GetClient("a"), clients.GetClient("b"));
        Assert.Same(clients.GetClient("a"), clients.GetClient("a"));
        Assert.Same(clients.GetClient("a"), provider.GetRequiredService<IJiraClient>());
    }

    [Fact]
    public void AddJiraCloudClient_InvalidOptions_ValidationNamesEverySetting()
    {
        var services = new ServiceCollection();
        services.AddJiraCloudClient(o => o.SiteUrl = new Uri("http://acme.atlassian.net"));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() =>
            provider.GetRequiredService<IOptionsMonitor<JiraClientOptions>>().Get(Options.DefaultName));

        Assert.Contains(ex.Failures, f => f.Contains("https", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("ApiToken", StringComparison.Ordinal));
    }

    private static void Configure(JiraClientOptions o, string site)
    {
        o.SiteUrl = new Uri(site);
        o.Email = "x@example.com";
        o.ApiToken = Convert.ToBase64String(Encoding.UTF8.GetBytes(site));
    }
}
