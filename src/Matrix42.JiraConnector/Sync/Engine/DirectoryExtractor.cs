using System.Collections.Concurrent;
using System.Text.Json;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Jira;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>Reads users, groups and group members for identity and access-right tasks.</summary>
internal sealed class DirectoryExtractor
{
    private const int BatchSize = 100;
    private readonly RunContext _run;

    public DirectoryExtractor(RunContext run) => _run = run;

    /// <summary>Group id → member account ids, filled while groups are read.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<string>> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>Streams the selected users into the identity target, in batches.</summary>
    /// <param name="target">The identity target.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when every user is queued.</returns>
    public async Task ReadUsersAsync(TargetRun target, CancellationToken cancellationToken)
    {
        var filter = _run.Task.UserFilter;
        var types = filter.AccountTypes.Count == 0 ? ["atlassian"] : filter.AccountTypes;
        var batch = new List<SourceItem>(BatchSize);
        await foreach (var user in _run.Jira.Users.GetAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (string.IsNullOrEmpty(user.AccountId) || !Selected(user, types, filter))
            {
                continue;
            }

            _run.Tally.AddRead();
            var json = JsonSerializer.SerializeToElement(user, SyncJsonContext.Default.JiraUser);
            batch.Add(new SourceItem(EntityKey.ForUser(user.AccountId), json, null, user.Active));
            await SnapshotAsync(SnapshotKind.Users, user.AccountId, user.Active, json, cancellationToken)
                .ConfigureAwait(false);
            if (batch.Count == BatchSize)
            {
                await target.ProcessAsync(batch, cancellationToken).ConfigureAwait(false);
                batch = new List<SourceItem>(BatchSize);
            }
        }

        if (batch.Count > 0)
        {
            await target.ProcessAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Streams the groups into the access-right target; the members of different groups are read in parallel
    /// (bounded), each group is processed once its members are known.
    /// </summary>
    /// <param name="target">The access-right target.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when every group is queued.</returns>
    public async Task ReadGroupsAsync(TargetRun target, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, _run.Options.MaxConcurrentReads),
            CancellationToken = cancellationToken,
        };
        var groups = _run.Jira.Groups.GetGroupsAsync(null, cancellationToken);
        await Parallel.ForEachAsync(groups, options, async (group, token) =>
        {
            if (string.IsNullOrEmpty(group.GroupId))
            {
                return;
            }

            var members = new List<string>();
            await foreach (var member in _run.Jira.Groups.GetMembersAsync(group.GroupId, true, token)
                               .ConfigureAwait(false))
            {
                if (!string.IsNullOrEmpty(member.AccountId))
                {
                    members.Add(member.AccountId);
                }
            }

            Members[group.GroupId] = members;
            _run.Tally.AddRead();
            var json = JsonSerializer.SerializeToElement(group, SyncJsonContext.Default.JiraGroup);
            await SnapshotAsync(SnapshotKind.Groups, group.GroupId, true, json, token).ConfigureAwait(false);
            await target.ProcessAsync([new SourceItem(EntityKey.ForGroup(group.GroupId), json, null, true)], token)
                .ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>Account id → group ids, the inverse of <see cref="Members"/>.</summary>
    /// <returns>The map.</returns>
    public Dictionary<string, List<string>> GroupsByMember()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (groupId, members) in Members)
        {
            foreach (var accountId in members)
            {
                if (!map.TryGetValue(accountId, out var list))
                {
                    map[accountId] = list = [];
                }

                list.Add(groupId);
            }
        }

        return map;
    }

    private static bool Selected(JiraUser user, IEnumerable<string> types, UserFilterSettings filter) =>
        types.Contains(user.AccountType ?? "atlassian", StringComparer.OrdinalIgnoreCase) &&
        (!filter.ActiveOnly || user.Active);

    private async Task SnapshotAsync(
        SnapshotKind kind,
        string key,
        bool active,
        JsonElement json,
        CancellationToken cancellationToken)
    {
        if (_run.SnapshotFiles.TryGetValue(kind, out var file))
        {
            await file.AppendAsync(new SnapshotLine(key, null, active, json), SyncJsonContext.Default.SnapshotLine,
                cancellationToken).ConfigureAwait(false);
        }
    }
}
