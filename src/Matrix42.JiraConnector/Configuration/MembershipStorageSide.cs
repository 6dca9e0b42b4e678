namespace Matrix42.JiraConnector.Configuration;

/// <summary>Which card lists the group memberships read by an identity-and-access-rights task.</summary>
public enum MembershipStorageSide
{
    /// <summary>Memberships are not stored.</summary>
    None,

    /// <summary>A reference attribute on the group card lists its member persons.</summary>
    GroupListsMembers,

    /// <summary>A reference attribute on the person card lists the person's groups.</summary>
    PersonListsGroups,
}
