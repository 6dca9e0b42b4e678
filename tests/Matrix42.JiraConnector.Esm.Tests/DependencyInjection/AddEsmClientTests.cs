using System.Net;
using Matrix42.JiraConnector.Esm.Tests.Stubs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Esm.Tests.DependencyInjection;

public sealed class AddEsmClientTests
{
    private static void Configure(EsmClientOptions options)
    {
        options.BaseAddress = new Uri("https://localhost");
        options.Login = "webapi";
        options.Password = EsmHarness.Password;
    }

    private static StubEsmHandler Stub()
    {
        var stub = new StubEsmHandler();
        stub.On(HttpMethod.Post, "/users/login", _ => EsmResponses.LoginWithHeader(
            EsmResponses.Jwt(DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue.AddYears(-1))));
        stub.On(HttpMethod.Get, "/echo/jwt", _ => EsmResponses.Ok());
        return stub;
    }

    [Fact]
    public async Task AddEsmClient_Default_ResolvesAWorkingClientThroughTheHttpClientFactory()
    {
        var stub = Stub();
        var services = new ServiceCollection();
        services.AddEsmClient(Configure).ConfigurePrimaryHttpMessageHandler(() => stub);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IEsmClient>().CheckConnectionAsync();

        Assert.Equal(1, stub.Logins);
        Assert.Single(stub.RequestsTo(HttpMethod.Get, "/echo/jwt"));
    }

    [Fact]
    public async Task AddEsmClient_Named_ResolvesAsAKeyedServiceWithItsOwnOptions()
    {
        var first = Stub();
        var second = Stub();
        var services = new ServiceCollection();
        services.AddEsmClient("first", Configure).ConfigurePrimaryHttpMessageHandler(() => first);
        services.AddEsmClient("second", Configure).ConfigurePrimaryHttpMessageHandler(() => second);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<IEsmClient>("second").CheckConnectionAsync();

        Assert.Empty(first.Requests);
        Assert.Equal(2, second.Requests.Count);
        Assert.Null(provider.GetService<IEsmClient>());
    }

    [Fact]
    public async Task AddEsmClient_InvalidOptions_FailWithEveryProblemListed()
    {
        var services = new ServiceCollection();
        services.AddEsmClient(o => o.BaseAddress = new Uri("http://tenant.example.com"));
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IEsmClient>());

        Assert.Contains(error.Failures, f => f.Contains("https", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Login", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddEsmClient_ReadFailingOnce_IsRetriedByTheRegisteredPipeline()
    {
        var stub = Stub();
        var calls = 0;
        stub.On(HttpMethod.Get, "/echo/jwt", _ => Interlocked.Increment(ref calls) == 1
            ? EsmResponses.Error(HttpStatusCode.ServiceUnavailable, "warming up")
            : EsmResponses.Ok());
        var services = new ServiceCollection();
        services.AddEsmClient(o =>
        {
            Configure(o);
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        }).ConfigurePrimaryHttpMessageHandler(() => stub);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IEsmClient>().CheckConnectionAsync();

        Assert.Equal(2, stub.RequestsTo(HttpMethod.Get, "/echo/jwt").Count);
    }
}
