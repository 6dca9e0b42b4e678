namespace Matrix42.JiraConnector.Reliability.Tests.Fuzzing;

/// <summary>The Jira call a seed document is served to.</summary>
internal enum FuzzTarget
{
    SearchPage,
    Issue,
    User,
    Users,
    Groups,
    GroupMembers,
    Comments,
    Transitions,
    ErrorBody,
}
