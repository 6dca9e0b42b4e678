namespace Matrix42.JiraConnector.Configuration;

/// <summary>What kind of Jira objects a task handles and therefore which targets it maps.</summary>
public enum MappingsType
{
    /// <summary>Users and groups with their memberships (identity and access-right targets).</summary>
    IdentityAndAccessRights,

    /// <summary>Users only (identity target).</summary>
    IdentityOnly,

    /// <summary>Groups only (access-right target).</summary>
    AccessRightOnly,

    /// <summary>Issues or other items into one template (generic target).</summary>
    Generic,
}
