using System.Net;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>Users, groups and memberships.</summary>
internal sealed partial class JiraSite
{
    public JiraUser AddUser(JiraUser user)
    {
        if (Users.ContainsKey(user.AccountId))
        {
            throw new JiraError($"An account with id '{user.AccountId}' already exists.");
        }

        user.Order = NextUserOrder++;
        Users[user.AccountId] = user;
        UserOrder.Add(user);
        if (!string.IsNullOrEmpty(user.Email))
        {
            UsersByEmail.TryAdd(user.Email, user);
        }

        return user;
    }

    public void RemoveUser(string accountId)
    {
        if (!Users.Remove(accountId, out var user))
        {
            throw JiraError.UserNotFound();
        }

        UserOrder.Remove(user);
        if (user.Email is not null && UsersByEmail.TryGetValue(user.Email, out var byEmail) && byEmail == user)
        {
            UsersByEmail.Remove(user.Email);
        }

        foreach (var group in Groups.Values)
        {
            group.Members.Remove(accountId);
        }
    }

    public JiraGroup AddGroup(string name, string? groupId = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new JiraError("You must specify a group name.");
        }

        if (GroupsByName.ContainsKey(name))
        {
            throw new JiraError($"A group with name '{name}' already exists.");
        }

        var group = new JiraGroup { GroupId = groupId ?? DeterministicGuid("group", Groups.Count), Name = name };
        if (!Groups.TryAdd(group.GroupId, group))
        {
            throw new JiraError($"A group with id '{group.GroupId}' already exists.");
        }

        GroupsByName[name] = group;
        return group;
    }

    public void RenameGroup(string groupId, string newName)
    {
        var group = Groups.GetValueOrDefault(groupId) ?? throw JiraError.GroupNotFound();
        if (GroupsByName.TryGetValue(newName, out var other) && other != group)
        {
            throw new JiraError($"A group with name '{newName}' already exists.");
        }

        GroupsByName.Remove(group.Name);
        group.Name = newName;
        GroupsByName[newName] = group;
    }

    public void RemoveGroup(string groupId)
    {
        if (!Groups.Remove(groupId, out var group))
        {
            throw JiraError.GroupNotFound();
        }

        GroupsByName.Remove(group.Name);
    }

    public JiraGroup? FindGroup(string? groupId, string? groupName) =>
        groupId is not null ? Groups.GetValueOrDefault(groupId)
        : groupName is not null ? GroupsByName.GetValueOrDefault(groupName)
        : null;

    /// <summary>Adds a member. Re-adding an existing member succeeds (unverified on Cloud; see the docs).</summary>
    public void AddMember(JiraGroup group, string accountId)
    {
        if (!Users.ContainsKey(accountId))
        {
            throw JiraError.UserNotFound();
        }

        group.Members.Add(accountId);
    }

    /// <summary>Removes a member; removing a non-member answers 400, as Jira's own user interface does.</summary>
    public void RemoveMember(JiraGroup group, string accountId)
    {
        if (!Users.ContainsKey(accountId))
        {
            throw JiraError.UserNotFound();
        }

        if (!group.Members.Remove(accountId))
        {
            throw new JiraError(
                HttpStatusCode.BadRequest,
                $"Cannot remove user '{accountId}' from group '{group.Name}' " +
                "because the user is not a member of that group.");
        }
    }

    /// <summary>A GUID-formatted id derived from a counter, so seeded and generated sites are reproducible.</summary>
    public static string DeterministicGuid(string kind, long n)
    {
        var hash = 0;
        foreach (var c in kind)
        {
            hash = ((hash * 31) + c) & 0xffff;
        }

        return $"{0x5a17c000 + hash:x8}-{(n >> 32) & 0xffff:x4}-4{(n >> 20) & 0xfff:x3}-" +
            $"8{(n >> 8) & 0xfff:x3}-{n & 0xffffffffffff:x12}";
    }
}
