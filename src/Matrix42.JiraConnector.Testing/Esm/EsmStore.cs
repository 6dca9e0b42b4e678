namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>
/// The tenant's data: templates, cards and accounts. Not thread-safe by itself; <see cref="FakeEsm"/>
/// serialises every access through one lock.
/// </summary>
internal sealed class EsmStore(long firstDataCardId, bool rejectWritesWithAttributeErrors)
{
    private const long FirstTemplateId = 1001;

    private readonly Dictionary<string, EsmTemplate> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<long, EsmCardRecord> _cards = [];
    private readonly Dictionary<string, string> _passwords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _forbidden = new(StringComparer.Ordinal);
    private long _nextId = firstDataCardId;

    /// <summary>Whether a write with attribute errors saves nothing (see <see cref="FakeEsmOptions"/>).</summary>
    public bool RejectWritesWithAttributeErrors { get; } = rejectWritesWithAttributeErrors;

    /// <summary>Templates in definition order.</summary>
    public List<EsmTemplate> Templates { get; } = [];

    public void AddTemplate(string code, string name, FakeEsmTemplateBuilder builder)
    {
        if (_templates.ContainsKey(code))
        {
            throw new InvalidOperationException($"Template '{code}' is already defined.");
        }

        var template = builder.Build(code, name, FirstTemplateId + Templates.Count);
        _templates.Add(code, template);
        Templates.Add(template);
    }

    public EsmTemplate? FindTemplate(string code) => _templates.GetValueOrDefault(code);

    public EsmCardRecord? FindCard(long id) => _cards.GetValueOrDefault(id);

    public EsmCardRecord CreateCard(EsmTemplate template, string folderCode)
    {
        var card = new EsmCardRecord(_nextId++, template, folderCode);
        _cards.Add(card.Id, card);
        template.Cards.Add(card);
        return card;
    }

    public void SetPassword(string login, string password) => _passwords[login] = password;

    public bool CheckPassword(string login, string password) =>
        _passwords.TryGetValue(login, out var expected)
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(expected),
            System.Text.Encoding.UTF8.GetBytes(password));

    public bool UserExists(string login) => _passwords.ContainsKey(login);

    public void Forbid(string templateCode) => _forbidden.Add(templateCode);

    public bool IsForbidden(string templateCode) => _forbidden.Contains(templateCode);
}
