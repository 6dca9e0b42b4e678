using Matrix42.JiraConnector.Hosting.Connectors;
using Matrix42.JiraConnector.Hosting.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Hosting.Tests.Secrets;

public sealed class SecretResolverTests
{
    [Fact]
    public async Task Host_ConfigurationSecrets_ClientsReachJiraAndEsmWithTheConfiguredCredentials()
    {
        var site = new SecretSite("conn-cfg");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JiraConnectorSecrets:" + site.JiraReference] = site.JiraToken,
            ["JiraConnectorSecrets:" + site.EsmReference] = site.EsmPassword,
        });
        builder.Services.AddJiraConnector()
            .AddConnector(site.Connector)
            .UseInMemoryState()
            .UseConfigurationSecrets();
        site.Serve(builder.Services);
        using var host = builder.Build();

        await host.StartAsync();
        var registry = host.Services.GetRequiredService<IConnectorClientRegistry>();
        var me = await registry.GetJiraClient(site.ConnectorId).Connection.GetMyselfAsync();
        var templates = await registry.GetEsmClient(site.ConnectorId).GetTemplatesAsync();
        await host.StopAsync();

        Assert.Equal(site.AccountId, me.AccountId);
        Assert.NotNull(templates);
        Assert.Null(Environment.GetEnvironmentVariable(site.JiraReference));
    }

    [Fact]
    public async Task ConfigurationSecrets_DoubleUnderscoreInReference_ReadsNestedKey()
    {
        var site = new SecretSite("conn-nested");
        site.Connector.Jira.ApiToken = Configuration.SecretValue.FromEnvironmentVariable("Acme__Jira__Token");
        var secrets = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vault:Acme:Jira:Token"] = site.JiraToken,
            ["Vault:" + site.EsmReference] = site.EsmPassword,
        }).Build();
        var services = new ServiceCollection();
        services.AddJiraConnector()
            .AddConnector(site.Connector)
            .UseInMemoryState()
            .UseConfigurationSecrets(secrets.GetSection("Vault"));
        site.Serve(services);
        await using var provider = services.BuildServiceProvider();

        var me = await provider.GetRequiredService<IConnectorClientRegistry>().GetJiraClient(site.ConnectorId)
            .Connection.GetMyselfAsync();

        Assert.Equal(site.AccountId, me.AccountId);
    }

    [Fact]
    public async Task Start_ConfigurationSecretMissing_FailsNamingTheReferenceAndKeyButNoSecret()
    {
        var site = new SecretSite("conn-missing");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JiraConnectorSecrets:" + site.JiraReference] = site.JiraToken,
        });
        builder.Services.AddJiraConnector()
            .AddConnector(site.Connector)
            .UseInMemoryState()
            .UseConfigurationSecrets();
        site.Serve(builder.Services);
        using var host = builder.Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var failures = ConnectorFailures(error);
        var failure = Assert.Single(failures, f => f.Contains("esm.webApiPassword", StringComparison.Ordinal));
        Assert.Contains($"'{site.EsmReference}'", failure, StringComparison.Ordinal);
        Assert.Contains($"configuration key 'JiraConnectorSecrets:{site.EsmReference}'", failure,
            StringComparison.Ordinal);
        Assert.DoesNotContain(failures, f => f.Contains("jira.apiToken", StringComparison.Ordinal));
        Assert.DoesNotContain(site.JiraToken, AllMessages(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_SecretsFromEnvironmentVariables_ClientsReachFakesAndMissingVariableIsNamed()
    {
        var site = new SecretSite("conn-env");
        Environment.SetEnvironmentVariable(site.JiraReference, site.JiraToken);
        try
        {
            var services = new ServiceCollection();
            services.AddJiraConnector().AddConnector(site.Connector).UseInMemoryState();
            site.Serve(services);
            await using var provider = services.BuildServiceProvider();

            // The ESM password's variable is not set: the validation names it and says where it looked.
            var error = Assert.Throws<OptionsValidationException>(
                () => provider.GetRequiredService<IOptions<JiraConnectorOptions>>().Value);
            var failure = Assert.Single(error.Failures);
            Assert.Contains($"esm.webApiPassword: the secret reference '{site.EsmReference}'", failure,
                StringComparison.Ordinal);
            Assert.Contains($"environment variable '{site.EsmReference}'", failure, StringComparison.Ordinal);

            var me = await provider.GetRequiredService<IConnectorClientRegistry>().GetJiraClient(site.ConnectorId)
                .Connection.GetMyselfAsync();
            Assert.Equal(site.AccountId, me.AccountId);
        }
        finally
        {
            Environment.SetEnvironmentVariable(site.JiraReference, null);
        }
    }

    [Fact]
    public async Task CustomResolver_ChosenAfterConfigurationSecrets_WinsOverEnvironmentAndConfiguration()
    {
        var site = new SecretSite("conn-custom");

        // Both other sources hold wrong credentials, which the fakes refuse.
        Environment.SetEnvironmentVariable(site.JiraReference, "wrong-env-token");
        Environment.SetEnvironmentVariable(site.EsmReference, "wrong-env-password");
        try
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["JiraConnectorSecrets:" + site.JiraReference] = "wrong-config-token",
                ["JiraConnectorSecrets:" + site.EsmReference] = "wrong-config-password",
            });
            var asked = new List<string>();
            var vault = new Dictionary<string, string>
            {
                [site.JiraReference] = site.JiraToken,
                [site.EsmReference] = site.EsmPassword,
            };
            builder.Services.AddJiraConnector()
                .AddConnector(site.Connector)
                .UseInMemoryState()
                .UseConfigurationSecrets()
                .UseSecretResolver(reference =>
                {
                    lock (asked)
                    {
                        asked.Add(reference);
                    }

                    return vault.GetValueOrDefault(reference);
                });
            site.Serve(builder.Services);
            using var host = builder.Build();

            await host.StartAsync();
            var registry = host.Services.GetRequiredService<IConnectorClientRegistry>();
            var me = await registry.GetJiraClient(site.ConnectorId).Connection.GetMyselfAsync();
            var templates = await registry.GetEsmClient(site.ConnectorId).GetTemplatesAsync();
            await host.StopAsync();

            Assert.Equal(site.AccountId, me.AccountId);
            Assert.NotNull(templates);
            Assert.Contains(site.JiraReference, asked);
            Assert.Contains(site.EsmReference, asked);
        }
        finally
        {
            Environment.SetEnvironmentVariable(site.JiraReference, null);
            Environment.SetEnvironmentVariable(site.EsmReference, null);
        }
    }

    [Fact]
    public void CustomResolverType_MissingReference_FailsNamingTheReferenceAndTheResolver()
    {
        var site = new SecretSite("conn-type");
        var services = new ServiceCollection();
        services.AddJiraConnector().AddConnector(site.Connector).UseInMemoryState()
            .UseSecretResolver<JiraOnlyResolver>();
        services.AddSingleton(new JiraOnlyResolver.Secret(site.JiraReference, site.JiraToken));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<JiraConnectorOptions>>().Value);

        var failure = Assert.Single(error.Failures);
        Assert.Contains($"esm.webApiPassword: the secret reference '{site.EsmReference}'", failure,
            StringComparison.Ordinal);
        Assert.Contains(nameof(JiraOnlyResolver), failure, StringComparison.Ordinal);
        Assert.IsType<JiraOnlyResolver>(provider.GetRequiredService<IConnectorSecretResolver>());
    }

    [Fact]
    public void UseSecretResolver_NullFunction_IsRefused()
    {
        var builder = new ServiceCollection().AddJiraConnector();

        Assert.Throws<ArgumentNullException>(() => builder.UseSecretResolver(null!));
        Assert.Throws<ArgumentException>(() => builder.UseConfigurationSecrets(" "));
    }

    private static List<string> ConnectorFailures(Exception error) =>
        (error is AggregateException all ? all.InnerExceptions : [error])
        .OfType<OptionsValidationException>()
        .Where(e => e.OptionsType == typeof(JiraConnectorOptions))
        .SelectMany(e => e.Failures)
        .ToList();

    private static string AllMessages(Exception error) =>
        error is AggregateException all
            ? string.Join("\n", all.InnerExceptions.Select(e => e.ToString()))
            : error.ToString();

    private sealed class JiraOnlyResolver(JiraOnlyResolver.Secret secret) : IConnectorSecretResolver
    {
        public string? Resolve(string reference) => reference == secret.Reference ? secret.Value : null;

        internal sealed record Secret(string Reference, string Value);
    }
}
