using System.Diagnostics.CodeAnalysis;
using Matrix42.JiraConnector.Mapping;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>
/// Resolves reference mappings through the card indexes of the run's own targets, including cards created
/// earlier in the same run. Index names: <c>person-by-account-id</c> (identity target),
/// <c>group-by-group-id</c> (access-right target), or a target's template code.
/// </summary>
internal sealed class RunReferenceResolver : IReferenceResolver
{
    /// <summary>The index of identity cards by Jira account id.</summary>
    public const string PersonByAccountId = "person-by-account-id";

    /// <summary>The index of access-right cards by Jira group id.</summary>
    public const string GroupByGroupId = "group-by-group-id";

    private readonly List<TargetRun> _targets = [];
    private readonly Lock _gate = new();

    public void Add(TargetRun target)
    {
        lock (_gate)
        {
            _targets.Add(target);
        }
    }

    public bool TryResolve(string index, string key, [NotNullWhen(true)] out string? dataCardId)
    {
        TargetRun? target;
        lock (_gate)
        {
            target = _targets.Find(t => Serves(t, index));
        }

        var entityKey = target is null || string.IsNullOrEmpty(key)
            ? (EntityKey?)null
            : new EntityKey(target.Spec.Kind, key);
        dataCardId = entityKey is { } k ? target!.CardIdOf(k) : null;
        return dataCardId is not null;
    }

    private static bool Serves(TargetRun target, string index) =>
        string.Equals(index, target.Spec.Template, StringComparison.OrdinalIgnoreCase) ||
        (target.Spec.Kind == EntityKind.User && string.Equals(index, PersonByAccountId, StringComparison.Ordinal)) ||
        (target.Spec.Kind == EntityKind.Group && string.Equals(index, GroupByGroupId, StringComparison.Ordinal));
}
