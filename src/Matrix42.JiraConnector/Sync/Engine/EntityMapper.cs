using System.Text.Json;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Mapping;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>Maps Jira objects to ESM attribute values through a target's compiled read map.</summary>
internal sealed class EntityMapper
{
    private readonly CompiledReadMap _map;
    private readonly IReferenceResolver _references;

    private EntityMapper(CompiledReadMap map, IReferenceResolver references)
    {
        _map = map;
        _references = references;
    }

    /// <summary>The Jira fields the mapping reads; bulk fetches ask for these only.</summary>
    public IReadOnlyList<string> JiraFields => _map.JiraFields;

    /// <summary>Compiles a target's mapping, stamping the task id.</summary>
    /// <param name="spec">The target.</param>
    /// <param name="taskId">The task id to stamp.</param>
    /// <param name="template">The template, so values take the attribute types; optional.</param>
    /// <param name="references">Resolves reference mappings to card ids.</param>
    /// <returns>The mapper.</returns>
    public static EntityMapper Create(
        TargetSpec spec,
        string taskId,
        EsmTemplate? template,
        IReferenceResolver references)
    {
        var kind = spec.Kind switch
        {
            EntityKind.User => JiraEntityKind.User,
            EntityKind.Group => JiraEntityKind.Group,
            _ => JiraEntityKind.Issue,
        };
        var options = new ReadMapOptions { TaskId = taskId, Template = template };
        return new EntityMapper(CompiledReadMap.Compile(WithIdMatchKey(spec), kind, options), references);
    }

    // The card's match attribute must hold the same id the run keys entities by: the issue id (never the issue
    // key, which changes when an issue moves), the account id or the group id.
    private static ScheduledTargetDefinition WithIdMatchKey(TargetSpec spec)
    {
        var d = spec.Definition;
        var path = spec.Kind switch
        {
            EntityKind.User => "accountId",
            EntityKind.Group => "groupId",
            _ => "id",
        };
        return new ScheduledTargetDefinition
        {
            Template = d.Template,
            Folder = d.Folder,
            TaskIdAttribute = d.TaskIdAttribute,
            DataSourceTypeAttribute = d.DataSourceTypeAttribute,
            MatchKey = new MatchKeySettings { JiraPath = path, Attribute = d.MatchKey.Attribute },
            Mappings = [.. d.Mappings.Where(m => !TargetSpec.IsCommentMapping(m))],
            Inactive = d.Inactive,
            Removed = d.Removed,
            Restored = d.Restored,
            DeletionGuard = d.DeletionGuard,
            Ownership = d.Ownership,
            AdoptedTaskIds = d.AdoptedTaskIds,
        };
    }

    /// <summary>Maps one object.</summary>
    /// <param name="entity">The Jira object.</param>
    /// <returns>The values to write, their hash and any problems.</returns>
    public MappedEntity Map(JsonElement entity)
    {
        var card = _map.Map(entity, _references);
        var values = EsmValueConversion.ToAttributeSet(card);

        // Problem values may hold personal data, so only the attribute and the message are kept.
        var problems = card.Problems.Select(p => $"{p.Target}: {p.Message}").ToList();
        return new MappedEntity(values, card.ComputeContentHash(), problems);
    }
}
