namespace Matrix42.JiraConnector.Configuration;

/// <summary>A task that writes to Jira when an ESM workflow activity calls it.</summary>
public sealed class EventTaskDefinition
{
    /// <summary>The stable task id; generated once when absent and never regenerated.</summary>
    /// <value>No default; required after ids are assigned.</value>
    public string? Id { get; set; }

    /// <summary>The task name; unique within the connector.</summary>
    /// <value>No default; required.</value>
    public string? Name { get; set; }

    /// <summary>What the task does; changing it later breaks the workflows that call the task.</summary>
    /// <value>Defaults to <see cref="EventTaskUsage.CreateIssue"/>.</value>
    public EventTaskUsage Usage { get; set; } = EventTaskUsage.CreateIssue;

    /// <summary>Which kind of cards the task reads; changing it later breaks the workflows that call the
    /// task.</summary>
    /// <value>Defaults to <see cref="Configuration.MappingsType.Generic"/>.</value>
    public MappingsType MappingsType { get; set; } = MappingsType.Generic;

    /// <summary>The template code of the cards the task reads.</summary>
    /// <value>No default; required.</value>
    public string? Template { get; set; }

    /// <summary>The folder code of the cards the task reads.</summary>
    /// <value>No default; required.</value>
    public string? Folder { get; set; }

    /// <summary>The mappings (ESM → Jira).</summary>
    /// <value>Empty by default.</value>
    public IList<FieldMappingDefinition> Mappings { get; set; } = [];

    /// <summary>The reference attribute leading from the card to the person or account card.</summary>
    /// <value>No default; required for provisioning of users and memberships.</value>
    public string? PersonAttribute { get; set; }

    /// <summary>The reference attribute leading from the card to the role or group cards.</summary>
    /// <value>No default; required for provisioning of groups and memberships.</value>
    public string? RoleAttribute { get; set; }

    /// <summary>Attributes that receive created keys and ids.</summary>
    public WriteBackSettings WriteBack { get; set; } = new();

    /// <summary>The attribute that receives provisioning errors.</summary>
    /// <value>No default; optional.</value>
    public string? ProvisioningExceptionAttribute { get; set; }

    /// <summary>The attribute that receives group-membership errors.</summary>
    /// <value>No default; optional.</value>
    public string? GroupMembershipExceptionAttribute { get; set; }

    /// <summary>How membership changes treat a state that already holds.</summary>
    /// <value>Defaults to <see cref="MembershipSemantics.Strict"/>, as Matrix42's native connector: adding an
    /// existing member or removing a non-member counts as a failure.</value>
    public MembershipSemantics MembershipSemantics { get; set; } = MembershipSemantics.Strict;

    /// <summary>An ESM trigger that polls the task's cards, in place of or beside a workflow.</summary>
    /// <value>No default: the task runs only when a workflow (or code) calls it.</value>
    public EventTriggerSettings? Trigger { get; set; }
}
