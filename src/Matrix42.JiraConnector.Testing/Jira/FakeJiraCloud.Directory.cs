using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>Seeding and changing accounts, groups and memberships.</summary>
public sealed partial class FakeJiraCloud
{
    /// <summary>The number of accounts of every type and state.</summary>
    public int UserCount => Locked(() => _site.Users.Count);

    /// <summary>The number of groups.</summary>
    public int GroupCount => Locked(() => _site.Groups.Count);

    /// <summary>The number of group memberships over all groups.</summary>
    public long MembershipCount => Locked(() => _site.Groups.Values.Sum(g => (long)g.Members.Count));

    /// <summary>
    /// Adds an account that can call the site with Basic authentication (<paramref name="email"/> and
    /// <paramref name="apiToken"/>).
    /// </summary>
    /// <param name="email">The e-mail used as the Basic user name.</param>
    /// <param name="apiToken">The API token.</param>
    /// <param name="isAdmin">Whether the account is a site administrator (may create users and groups);
    /// default false.</param>
    /// <param name="displayName">The display name; default the e-mail's local part.</param>
    /// <param name="timeZone">The account's IANA time zone (JQL dates are read in it); default
    /// <see cref="TimeZone"/>.</param>
    /// <returns>The new account id.</returns>
    public string AddAccount(
        string email, string apiToken, bool isAdmin = false, string? displayName = null, string? timeZone = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiToken);
        var accountId = AddUser(displayName ?? email.Split('@')[0], email, timeZone: timeZone);
        Locked(() =>
        {
            var user = _site.Users[accountId];
            user.ApiToken = apiToken;
            user.IsAdmin = isAdmin;
        });
        return accountId;
    }

    /// <summary>Adds a user account.</summary>
    /// <param name="displayName">The display name.</param>
    /// <param name="email">The e-mail address, or <see langword="null"/>.</param>
    /// <param name="accountType"><c>atlassian</c> (default), <c>app</c> or <c>customer</c>.</param>
    /// <param name="active">Whether the account is active; default true.</param>
    /// <param name="emailVisible">Whether the profile shows the e-mail; when false, responses leave
    /// <c>emailAddress</c> out. Default true.</param>
    /// <param name="accountId">The account id; default a generated one.</param>
    /// <param name="timeZone">The IANA time zone; default <see cref="TimeZone"/>.</param>
    /// <returns>The account id.</returns>
    public string AddUser(
        string displayName,
        string? email = null,
        string accountType = "atlassian",
        bool active = true,
        bool emailVisible = true,
        string? accountId = null,
        string? timeZone = null)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        if (accountType is not ("atlassian" or "app" or "customer" or "unknown"))
        {
            throw new ArgumentException($"Unknown account type '{accountType}'.", nameof(accountType));
        }

        return Locked(() => _site.AddUser(new JiraUser
        {
            AccountId = accountId ?? "712020:" + JiraSite.DeterministicGuid("user", _site.NextUserOrder),
            DisplayName = displayName,
            Email = email,
            EmailVisible = emailVisible,
            AccountType = accountType,
            Active = active,
            TimeZone = timeZone is null ? _site.DefaultTimeZone : ValidZone(timeZone),
        }).AccountId);
    }

    /// <summary>Deactivates an account: it stays listed, drops out of member lists unless inactive users are
    /// asked for, and can no longer sign in.</summary>
    /// <param name="accountId">The account id.</param>
    public void DeactivateUser(string accountId) => Locked(() => User(accountId).Active = false);

    /// <summary>Removes an account from the site and from every group.</summary>
    /// <param name="accountId">The account id.</param>
    public void RemoveUser(string accountId) => Locked(() => _site.RemoveUser(accountId));

    /// <summary>Changes an account's time zone, which <c>myself</c> returns and JQL date literals are read
    /// in.</summary>
    /// <param name="accountId">The account id.</param>
    /// <param name="timeZone">The IANA time zone id, e.g. <c>Europe/Berlin</c>.</param>
    public void SetUserTimeZone(string accountId, string timeZone) => Locked(() =>
        User(accountId).TimeZone = ValidZone(timeZone));

    /// <summary>Adds a group; names are unique without regard to case.</summary>
    /// <param name="name">The group name.</param>
    /// <param name="groupId">The group id; default a generated GUID.</param>
    /// <returns>The group id.</returns>
    public string AddGroup(string name, string? groupId = null) => Locked(() => _site.AddGroup(name, groupId).GroupId);

    /// <summary>Renames a group; its id stays the same.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="newName">The new, unused name.</param>
    public void RenameGroup(string groupId, string newName) => Locked(() => _site.RenameGroup(groupId, newName));

    /// <summary>Removes a group.</summary>
    /// <param name="groupId">The group id.</param>
    public void RemoveGroup(string groupId) => Locked(() => _site.RemoveGroup(groupId));

    /// <summary>Adds an account to a group; adding an existing member changes nothing.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="accountId">The account id.</param>
    public void AddMember(string groupId, string accountId) => Locked(() => _site.AddMember(Group(groupId), accountId));

    /// <summary>Removes an account from a group.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="accountId">The account id.</param>
    public void RemoveMember(string groupId, string accountId) => Locked(() =>
        _site.RemoveMember(Group(groupId), accountId));

    /// <summary>The account ids of a group's members, in ordinal order.</summary>
    /// <param name="groupId">The group id.</param>
    /// <returns>The member account ids.</returns>
    public IReadOnlyList<string> GetMembers(string groupId) =>
        Locked(() => Group(groupId).Members.Order(StringComparer.Ordinal).ToList());

    /// <summary>The id of the group with a name, or <see langword="null"/> when there is none.</summary>
    /// <param name="name">The group name (any case).</param>
    /// <returns>The group id, or <see langword="null"/>.</returns>
    public string? FindGroupId(string name) => Locked(() => _site.FindGroup(null, name)?.GroupId);

    private JiraUser User(string accountId) => _site.FindUser(accountId) ?? throw JiraError.UserNotFound();

    private JiraGroup Group(string groupId) => _site.FindGroup(groupId, null) ?? throw JiraError.GroupNotFound();
}
