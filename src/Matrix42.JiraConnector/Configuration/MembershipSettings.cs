namespace Matrix42.JiraConnector.Configuration;

/// <summary>Where an identity-and-access-rights task stores group memberships.</summary>
public sealed class MembershipSettings
{
    /// <summary>Which card holds the membership list.</summary>
    /// <value>Defaults to <see cref="MembershipStorageSide.None"/>.</value>
    public MembershipStorageSide StoredOn { get; set; } = MembershipStorageSide.None;

    /// <summary>The multi-value reference attribute that holds the list.</summary>
    /// <value>No default; required unless <see cref="StoredOn"/> is <see cref="MembershipStorageSide.None"/>.</value>
    public string? Attribute { get; set; }
}
