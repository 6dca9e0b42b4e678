using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ESM clients with <see cref="IServiceCollection"/>.</summary>
public static class EsmServiceCollectionExtensions
{
    private const string HttpClientPrefix = "Matrix42.JiraConnector.Esm:";

    /// <summary>
    /// Registers the default <see cref="IEsmClient"/> (a singleton), its options (validated at start)
    /// and its HTTP client with retries and per-attempt timeouts.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, for further configuration (for example a primary handler).</returns>
    public static IHttpClientBuilder AddEsmClient(
        this IServiceCollection services, Action<EsmClientOptions> configure) =>
        AddEsmClient(services, Options.Options.DefaultName, configure);

    /// <summary>
    /// Registers a named <see cref="IEsmClient"/>, resolved as a keyed service with the name; the
    /// default name (empty) also registers the unkeyed <see cref="IEsmClient"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The client name, for example the connector's name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, for further configuration (for example a primary handler).</returns>
    public static IHttpClientBuilder AddEsmClient(
        this IServiceCollection services, string name, Action<EsmClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<EsmClientOptions>(name).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<EsmClientOptions>, EsmClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        var httpClientName = HttpClientPrefix + name;
        var builder = services.AddHttpClient(httpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(provider => EsmResilience.CreateHandler(
                OptionsOf(provider, name), provider.GetRequiredService<TimeProvider>(), LoggerOf(provider)))
            .AddHttpMessageHandler(() => new ResponseBufferingHandler());

        services.AddKeyedSingleton<IEsmClient>(name, (provider, _) => Create(provider, name, httpClientName));
        if (name.Length == 0)
        {
            services.TryAddSingleton<IEsmClient>(provider => provider.GetRequiredKeyedService<IEsmClient>(name));
        }

        return builder;
    }

    private static EsmClient Create(IServiceProvider provider, string name, string httpClientName)
    {
        var factory = provider.GetRequiredService<IHttpClientFactory>();
        var connection = new EsmConnection(
            OptionsOf(provider, name),
            () => factory.CreateClient(httpClientName),
            provider.GetRequiredService<TimeProvider>(),
            LoggerOf(provider));
        return new EsmClient(connection);
    }

    private static EsmClientOptions OptionsOf(IServiceProvider provider, string name) =>
        provider.GetRequiredService<IOptionsMonitor<EsmClientOptions>>().Get(name);

    private static ILogger LoggerOf(IServiceProvider provider) =>
        provider.GetService<ILoggerFactory>()?.CreateLogger<EsmClient>() ??
        Logging.Abstractions.NullLogger<EsmClient>.Instance;
}
