using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Registers Jira Cloud clients with dependency injection.</summary>
public static class JiraServiceCollectionExtensions
{
    /// <summary>The prefix of the <c>IHttpClientFactory</c> client names used for Jira connectors.</summary>
    public const string HttpClientNamePrefix = "Matrix42.JiraConnector.Jira:";

    /// <summary>
    /// Registers the default Jira client as <see cref="IJiraClient"/>. Same as
    /// <see cref="AddJiraCloudClient(IServiceCollection, string, Action{JiraClientOptions})"/> with the
    /// name <see cref="Options.DefaultName"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, for further configuration (for example a test handler).</returns>
    public static IHttpClientBuilder AddJiraCloudClient(
        this IServiceCollection services, Action<JiraClientOptions> configure) =>
        services.AddJiraCloudClient(Options.DefaultName, configure);

    /// <summary>
    /// Registers a named Jira client (one per connector): validated options, a rate limiter singleton for
    /// the name, and an <c>IHttpClientFactory</c> client with the Jira handlers. Resolve it through
    /// <see cref="IJiraClientProvider"/>; the first registration is also <see cref="IJiraClient"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The connector name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, for further configuration.</returns>
    public static IHttpClientBuilder AddJiraCloudClient(
        this IServiceCollection services, string name, Action<JiraClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<JiraClientOptions>(name).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<JiraClientOptions>, JiraClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<JiraRateLimiterRegistry>();
        services.TryAddSingleton<IJiraClientProvider, JiraClientProvider>();
        services.TryAddSingleton<IJiraClient>(sp => sp.GetRequiredService<IJiraClientProvider>().GetClient(name));

        return services.AddHttpClient(HttpClientNamePrefix + name, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(JiraHttpPipeline.CreatePrimaryHandler)
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<JiraClientOptions>>().Get(name);
                var timeProvider = sp.GetRequiredService<TimeProvider>();
                var limiter = sp.GetRequiredService<JiraRateLimiterRegistry>().Get(name);
                var logger = sp.GetService<ILoggerFactory>()?.CreateLogger<JiraClient>()
                             ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<JiraClient>.Instance;
                foreach (var handler in JiraHttpPipeline.CreateHandlers(options, limiter, timeProvider, logger))
                {
                    handlers.Add(handler);
                }
            })

            // The default HTTP logging writes full URLs with query strings (account ids); ours does not.
            .RemoveAllLoggers();
    }
}
