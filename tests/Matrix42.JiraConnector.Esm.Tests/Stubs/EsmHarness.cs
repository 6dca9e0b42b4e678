using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Matrix42.JiraConnector.Esm.Tests.Stubs;

/// <summary>
/// A client wired to the stub handler, a fake clock and a capturing logger. Logins succeed with a
/// 15-minute JWT; template <c>incident</c> is defined.
/// </summary>
public sealed class EsmHarness : IDisposable
{
    public const string Password = "Pa55-w0rd!-never-shown";
    public const string Template = "incident";

    private readonly Lazy<EsmClient> _client;
    private readonly ILoggerFactory _loggerFactory;
    private readonly List<string> _issuedTokens = [];

    public EsmHarness(Action<EsmClientOptions>? configure = null)
    {
        Options = new EsmClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            Login = "webapi",
            Password = Password,
            MaxRetryAttempts = 3,
            RetryBaseDelay = TimeSpan.FromSeconds(1),
            MaxRetryDelay = TimeSpan.FromSeconds(30),
        };
        configure?.Invoke(Options);
        _loggerFactory = LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        _client = new Lazy<EsmClient>(() => EsmClientFactory.Create(Options, Stub, Time, _loggerFactory));

        Stub.On(HttpMethod.Post, "/users/login", _ =>
        {
            var now = Time.GetUtcNow();
            var jwt = EsmResponses.Jwt(now, now + TokenLifetime);
            lock (_issuedTokens)
            {
                _issuedTokens.Add(jwt);
            }

            return EsmResponses.LoginWithHeader(jwt);
        });
        Stub.On(HttpMethod.Get, "/dc/" + Template, _ => EsmResponses.Json(HttpStatusCode.OK, TemplateDefinition));
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    public StubEsmHandler Stub { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public EsmClientOptions Options { get; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public EsmClient Client => _client.Value;

    public IReadOnlyList<string> IssuedTokens
    {
        get
        {
            lock (_issuedTokens)
            {
                return _issuedTokens.ToArray();
            }
        }
    }

    public static object TemplateDefinition => new
    {
        name = "Incident",
        code = Template,
        allowedFolders = new[] { new { folderCode = "incidents", folderName = "Incidents" } },
        attributes = new Dictionary<string, object>
        {
            ["task_id"] = new { name = "Task id", type = "string", multiValue = false },
            ["summary"] = new { name = "Summary", type = "string", multiValue = false },
            ["effort"] = new { name = "Effort", type = "number", multiValue = false },
            ["due"] = new { name = "Due", type = "date", multiValue = false },
            ["opened"] = new { name = "Opened", type = "date", multiValue = false },
            ["status"] = new
            {
                name = "Status", type = "static-value", multiValue = false,
                values = new[] { new { code = "new", value = "1 - New" }, new { code = "removed",
                    value = "5 - Removed" } },
            },
            ["owner"] = new { name = "Owner", type = "reference", multiValue = false, target = new[] { "person" } },
            ["links"] = new { name = "Links", type = "external-reference", multiValue = true, file = false },
            ["comments"] = new { name = "Comments", type = "worklog", multiValue = true },
        },
    };

    /// <summary>Runs a call while moving the fake clock, so retry back-offs and timeouts elapse.</summary>
    public async Task<T> DriveAsync<T>(Task<T> call, TimeSpan? step = null)
    {
        await DriveAsync((Task)call, step);
        return await call;
    }

    public async Task DriveAsync(Task call, TimeSpan? step = null)
    {
        for (var i = 0; i < 2000 && !call.IsCompleted; i++)
        {
            Time.Advance(step ?? TimeSpan.FromSeconds(1));
            await Task.Delay(1);
        }

        await call.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }

        _loggerFactory.Dispose();
    }
}
