namespace Matrix42.JiraConnector.Configuration;

/// <summary>The ESM template a scheduled task writes one kind of Jira object into.</summary>
public sealed class ScheduledTargetDefinition
{
    /// <summary>The template code.</summary>
    /// <value>No default; required.</value>
    public string? Template { get; set; }

    /// <summary>The folder code new cards are created in.</summary>
    /// <value>No default; required.</value>
    public string? Folder { get; set; }

    /// <summary>
    /// The attribute stamped with the task id on every card the task writes; it decides which cards a full run
    /// may mark removed.
    /// </summary>
    /// <value>No default; required.</value>
    public string? TaskIdAttribute { get; set; }

    /// <summary>The attribute that receives the data source type (<c>jira</c>); optional.</summary>
    /// <value>No default.</value>
    public string? DataSourceTypeAttribute { get; set; }

    /// <summary>How Jira objects are matched to existing cards.</summary>
    public MatchKeySettings MatchKey { get; set; } = new();

    /// <summary>The attribute mappings (Jira → ESM).</summary>
    /// <value>Empty by default.</value>
    public IList<AttributeMappingDefinition> Mappings { get; set; } = [];

    /// <summary>The value set on cards whose Jira object is inactive.</summary>
    public StateValueSetting Inactive { get; set; } = new();

    /// <summary>The value set on cards whose Jira object was not seen by a complete full run.</summary>
    public StateValueSetting Removed { get; set; } = new();

    /// <summary>The value restored when an object marked inactive or removed appears again.</summary>
    public StateValueSetting Restored { get; set; } = new();

    /// <summary>
    /// Legacy task ids or data-source ids (for example those Matrix42's native connector stamped) whose cards
    /// this task treats as its own: it updates them instead of creating duplicates, and may mark them removed.
    /// </summary>
    /// <value>Empty by default.</value>
    public IList<string> AdoptedTaskIds { get; set; } = [];

    /// <summary>Limits on marking cards removed.</summary>
    public DeletionGuardSettings DeletionGuard { get; set; } = new();

    /// <summary>How cards stamped by other tasks are treated.</summary>
    /// <value>Defaults to <see cref="OwnershipPolicy.AdoptUnowned"/>.</value>
    public OwnershipPolicy Ownership { get; set; } = OwnershipPolicy.AdoptUnowned;
}
