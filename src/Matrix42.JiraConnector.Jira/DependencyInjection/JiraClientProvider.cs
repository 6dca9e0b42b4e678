using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Creates one client per connector name over the named <c>IHttpClientFactory</c> client.</summary>
internal sealed class JiraClientProvider : IJiraClientProvider
{
    private readonly ConcurrentDictionary<string, JiraClient> _clients = new(StringComparer.Ordinal);
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IOptionsMonitor<JiraClientOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggerFactory;

    public JiraClientProvider(
        IHttpClientFactory httpClientFactory, IOptionsMonitor<JiraClientOptions> options, TimeProvider timeProvider,
        ILoggerFactory? loggerFactory = null)
    {
        _httpClientFactory = httpClientFactory;
        _options = options;
        _timeProvider = timeProvider;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
    }

    public IJiraClient GetClient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _clients.GetOrAdd(name, key =>
        {
            var httpName = JiraServiceCollectionExtensions.HttpClientNamePrefix + key;

            // A fresh HttpClient per call lets the factory rotate handlers; they are cheap to create.
            return new JiraClient(() => _httpClientFactory.CreateClient(httpName), _options.Get(key), _timeProvider,
                _loggerFactory.CreateLogger<JiraClient>(), ownedHttpClient: null);
        });
    }
}
