using Matrix42.JiraConnector.Testing.Diagnostics;
using Matrix42.JiraConnector.Testing.Faults;
using Matrix42.JiraConnector.Testing.Http;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>
/// An in-memory Matrix42 Pro / IGA (ESM) tenant that answers the REST API v1 like a real one: login with
/// expiring JWTs, templates, EQL-filtered queries paged by <c>filterId</c>, card reads and writes, bulk
/// import, attribute operations and the trash. Serve it in process with <see cref="CreateHandler"/> or on
/// a loopback port with <see cref="StartLoopback"/>; seed and inspect it directly. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var esm = new FakeEsm();
/// esm.DefineTemplate("incident", "Incident", t => t.Folder("incidents").Text("subject"));
/// esm.AddCard("incident", "incidents", new Dictionary&lt;string, object?&gt; { ["subject"] = "Printer jam" });
/// using var http = new HttpClient(esm.CreateHandler()) { BaseAddress = esm.ApiBaseAddress };
/// </code>
/// </example>
public sealed class FakeEsm : IFakeService
{
    private readonly Lock _gate = new();
    private readonly FakeEsmSettings _settings;
    private readonly EsmStore _store;
    private readonly EsmTokens _tokens;
    private readonly EsmRouter _router;

    /// <summary>Creates an empty tenant (with the default account of <paramref name="options"/>).</summary>
    /// <param name="options">The settings; default <see cref="FakeEsmOptions"/> as constructed.</param>
    /// <param name="timeProvider">
    /// The clock for token expiry, timestamps and worklog dates; default the system clock.
    /// </param>
    public FakeEsm(FakeEsmOptions? options = null, TimeProvider? timeProvider = null)
    {
        _settings = FakeEsmSettings.From(options ?? new FakeEsmOptions());
        TimeProvider = timeProvider ?? TimeProvider.System;
        _store = new EsmStore(_settings.FirstDataCardId, _settings.RejectWritesWithAttributeErrors);
        _tokens = new EsmTokens(TimeProvider, _settings.TokenLifetime);
        _router = new EsmRouter(_store, new EsmAuthEndpoints(_store, _tokens), _settings);
        if (_settings.DefaultLogin is { } login)
        {
            _store.SetPassword(login, _settings.DefaultPassword);
        }
    }

    /// <summary>The clock of the tenant.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The API base path, e.g. <c>/rest-api/itsm/v1</c>.</summary>
    public string BasePath => _settings.BasePath;

    /// <summary>
    /// The in-process API address with a trailing slash, e.g. <c>https://esm.fake/rest-api/itsm/v1/</c>.
    /// </summary>
    public Uri ApiBaseAddress => new($"{_settings.PublicOrigin}{_settings.BasePath}/");

    /// <summary>
    /// The fault plan used by <see cref="CreateHandler"/> and <see cref="StartLoopback"/>; empty at first.
    /// </summary>
    public FaultPlan Faults { get; } = new();

    /// <summary>The request log filled by <see cref="CreateHandler"/> and <see cref="StartLoopback"/>.</summary>
    public RequestLog Log { get; } = new();

    /// <summary>
    /// Defines a template. Referenced templates may be defined in any order; references are checked on write.
    /// </summary>
    /// <param name="code">The template code, e.g. <c>incident</c>.</param>
    /// <param name="name">The display name.</param>
    /// <param name="configure">Adds folders and attributes; at least one folder is required.</param>
    /// <returns>This tenant, for chaining.</returns>
    public FakeEsm DefineTemplate(string code, string name, Action<FakeEsmTemplateBuilder> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new FakeEsmTemplateBuilder();
        configure(builder);
        lock (_gate)
        {
            _store.AddTemplate(code, name, builder);
        }

        return this;
    }

    /// <summary>Adds (or changes the password of) a local account that may log in.</summary>
    /// <returns>This tenant, for chaining.</returns>
    public FakeEsm AddUser(string login, string password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(login);
        ArgumentNullException.ThrowIfNull(password);
        lock (_gate)
        {
            _store.SetPassword(login, password);
        }

        return this;
    }

    /// <summary>
    /// Adds a card, validating the values like a REST write. Values may be strings (text, static
    /// value by display value, reference id, link), numbers, <see cref="DateOnly"/>,
    /// <see cref="DateTimeOffset"/>, <see cref="FakeEsmValue"/> or sequences of these for multi-value attributes.
    /// </summary>
    /// <param name="templateCode">The template.</param>
    /// <param name="folderCode">One of the template's folders.</param>
    /// <param name="values">Attribute code → value(s); <see langword="null"/> for an empty card.</param>
    /// <returns>The new card's id (ids increase with every card).</returns>
    /// <exception cref="ArgumentException">The template, folder, an attribute or a value is not valid.</exception>
    public long AddCard(string templateCode, string folderCode, IReadOnlyDictionary<string, object?>? values = null)
    {
        ArgumentNullException.ThrowIfNull(templateCode);
        ArgumentNullException.ThrowIfNull(folderCode);
        lock (_gate)
        {
            var template = _store.FindTemplate(templateCode)
                           ?? throw new ArgumentException(
                               $"Template '{templateCode}' is not defined.",
                               nameof(templateCode));
            if (!template.Folders.ContainsKey(folderCode))
            {
                var message = $"Folder '{folderCode}' is not allowed for '{templateCode}'.";
                throw new ArgumentException(message, nameof(folderCode));
            }

            var errors = new List<EsmAttributeError>();
            var data = EsmSeedValues.ToData(template, values ?? new Dictionary<string, object?>());
            var author = _settings.DefaultLogin ?? "system";
            var context = new EsmWriteContext(_store, author, TimeProvider.GetUtcNow(), Seeding: true);
            var accepted = EsmValueReader.ReadData(template, data, context, errors);
            if (errors.Count > 0)
            {
                throw new ArgumentException(string.Join(" ", errors.Select(e => e.Message)), nameof(values));
            }

            var card = _store.CreateCard(template, folderCode);
            foreach (var (code, list) in accepted)
            {
                card.Values[code] = list;
            }

            return card.Id;
        }
    }

    /// <summary>Moves a card to the trash, as the API's DELETE does.</summary>
    /// <returns><see langword="false"/> when the card was already in the trash.</returns>
    /// <exception cref="ArgumentException">No card has this id.</exception>
    public bool MoveToTrash(long dataCardId)
    {
        lock (_gate)
        {
            var card = _store.FindCard(dataCardId)
                       ?? throw new ArgumentException($"No data card {dataCardId}.", nameof(dataCardId));
            var moved = !card.Deleted;
            card.Deleted = true;
            return moved;
        }
    }

    /// <summary>Snapshots the cards of a template in increasing id order.</summary>
    /// <param name="templateCode">The template.</param>
    /// <param name="includeTrashed">Whether cards in the trash are included. Default <see langword="false"/>.</param>
    public IReadOnlyList<FakeEsmCard> GetCards(string templateCode, bool includeTrashed = false)
    {
        lock (_gate)
        {
            return [.. CardsOf(templateCode).Where(c => includeTrashed || !c.Deleted).Select(c => new FakeEsmCard(c))];
        }
    }

    /// <summary>Counts the cards of a template.</summary>
    /// <param name="templateCode">The template.</param>
    /// <param name="includeTrashed">Whether cards in the trash are counted. Default <see langword="false"/>.</param>
    public int CountCards(string templateCode, bool includeTrashed = false)
    {
        lock (_gate)
        {
            return CardsOf(templateCode).Count(c => includeTrashed || !c.Deleted);
        }
    }

    /// <summary>Snapshots one card, or returns <see langword="null"/> when no card has this id.</summary>
    public FakeEsmCard? FindCard(long dataCardId)
    {
        lock (_gate)
        {
            return _store.FindCard(dataCardId) is { } card ? new FakeEsmCard(card) : null;
        }
    }

    /// <summary>Makes every request about a template answer 403, as for an account without permission.</summary>
    public void ForbidTemplate(string templateCode)
    {
        ArgumentNullException.ThrowIfNull(templateCode);
        lock (_gate)
        {
            _store.Forbid(templateCode);
        }
    }

    /// <summary>Invalidates every issued token (the signing key changes), so the next call answers 401.</summary>
    public void InvalidateTokens()
    {
        lock (_gate)
        {
            _tokens.RotateKey();
        }
    }

    /// <summary>
    /// Creates an in-process handler serving this tenant with <see cref="Faults"/> and <see cref="Log"/>.
    /// </summary>
    public FakeServiceHandler CreateHandler() => new(this, Faults, Log, TimeProvider);

    /// <summary>
    /// Starts serving this tenant on <c>127.0.0.1</c> with <see cref="Faults"/> and <see cref="Log"/>.
    /// </summary>
    /// <param name="port">A fixed port, or 0 (the default) for a free one.</param>
    /// <returns>The running server; its API base is <c>BaseAddress</c> plus <see cref="BasePath"/>.</returns>
    public LoopbackServer StartLoopback(int port = 0) => LoopbackServer.Start(this, Faults, Log, TimeProvider, port);

    /// <inheritdoc />
    public ValueTask<FakeResponse> HandleAsync(FakeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var host = request.Header("Host");
        var origin = string.IsNullOrEmpty(host) ? _settings.PublicOrigin : "http://" + host;
        lock (_gate)
        {
            var call = new EsmCall(request, origin, _settings.BasePath, TimeProvider.GetUtcNow());
            return ValueTask.FromResult(_router.Route(call));
        }
    }

    /// <inheritdoc />
    public string? RouteOf(FakeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _router.RouteOf(request);
    }

    private List<EsmCardRecord> CardsOf(string templateCode)
    {
        ArgumentNullException.ThrowIfNull(templateCode);
        return _store.FindTemplate(templateCode)?.Cards
               ?? throw new ArgumentException($"Template '{templateCode}' is not defined.", nameof(templateCode));
    }
}
