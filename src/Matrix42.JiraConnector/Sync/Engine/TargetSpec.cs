using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.State;
using Matrix42.JiraConnector.Sync.Deletion;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>One ESM target of a task with its settings resolved for a run.</summary>
internal sealed record TargetSpec
{
    public required EntityKind Kind { get; init; }

    public required string Template { get; init; }

    public required string Folder { get; init; }

    public required string MatchAttribute { get; init; }

    public required string TaskIdAttribute { get; init; }

    public required ScheduledTargetDefinition Definition { get; init; }

    /// <summary>
    /// The worklog attribute that receives Jira comments, taken from a generic mapping whose source is
    /// <c>comments</c>; <see langword="null"/> when comments are not transferred.
    /// </summary>
    public string? CommentAttribute => Kind == EntityKind.Issue
        ? Definition.Mappings.FirstOrDefault(IsCommentMapping)?.Target
        : null;

    public StateValueSetting Removed => Definition.Removed;

    public StateValueSetting Inactive => Definition.Inactive;

    public StateValueSetting Restored => Definition.Restored;

    /// <summary>The attributes the index reads from every card.</summary>
    public IReadOnlyCollection<string> IndexAttributes =>
        new[] { MatchAttribute, TaskIdAttribute, ActiveAttribute(Removed), ActiveAttribute(Inactive) }
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Creates the spec from a target definition that passed validation.</summary>
    /// <param name="kind">The kind of entity the target holds.</param>
    /// <param name="definition">The target.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="ArgumentException">A required setting is missing.</exception>
    public static TargetSpec From(EntityKind kind, ScheduledTargetDefinition definition) => new()
    {
        Kind = kind,
        Template = Require(definition.Template, "template"),
        Folder = Require(definition.Folder, "folder"),
        MatchAttribute = Require(definition.MatchKey.Attribute, "matchKey.attribute"),
        TaskIdAttribute = Require(definition.TaskIdAttribute, "taskIdAttribute"),
        Definition = definition,
    };

    /// <summary>The deletion rules of this target for one run.</summary>
    /// <param name="overrideGuard">Whether the run overrides the guard.</param>
    /// <returns>The rules.</returns>
    public DeletionRules DeletionRules(bool overrideGuard) => new()
    {
        RemovedValue = ActiveValue(Removed),
        InactiveValue = Kind == EntityKind.User ? ActiveValue(Inactive) : null,
        RestoreEnabled = ActiveValue(Restored) is not null,
        MaxShare = Definition.DeletionGuard.MaxShare,
        MaxCount = Definition.DeletionGuard.MaxCount,
        OverrideGuard = overrideGuard,
    };

    /// <summary>Whether a mapping asks for the comment transfer instead of a value mapping.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <returns><see langword="true"/> for a <c>comments</c> mapping.</returns>
    public static bool IsCommentMapping(AttributeMappingDefinition mapping) =>
        string.Equals(mapping.Source, "comments", StringComparison.OrdinalIgnoreCase) &&
        !string.IsNullOrWhiteSpace(mapping.Target);

    private static string? ActiveAttribute(StateValueSetting setting) =>
        setting.Enabled && !string.IsNullOrWhiteSpace(setting.Attribute) ? setting.Attribute : null;

    private static string? ActiveValue(StateValueSetting setting) =>
        ActiveAttribute(setting) is not null && !string.IsNullOrEmpty(setting.Value) ? setting.Value : null;

    private static string Require(string? value, string setting) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"The scheduled target has no '{setting}'.", nameof(value))
            : value;
}
