namespace Matrix42.JiraConnector.Configuration;

/// <summary>How membership changes treat a state that already holds.</summary>
public enum MembershipSemantics
{
    /// <summary>Adding an existing member or removing a non-member counts as done.</summary>
    Idempotent,

    /// <summary>Adding an existing member or removing a non-member is a failure, as in the original product.</summary>
    Strict,
}
