namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>What the seeded Jira site holds, for the steps that change it and for the summary.</summary>
/// <param name="AdminAccountId">The connector's own (administrator) account.</param>
/// <param name="Accounts">How many accounts of every type were added.</param>
/// <param name="People">Account ids of the <c>atlassian</c> accounts.</param>
/// <param name="Groups">Group ids.</param>
/// <param name="Memberships">How many memberships were added.</param>
/// <param name="IssueKeys">Issue keys in creation order.</param>
/// <param name="Fields">The custom field ids.</param>
internal sealed record DemoJiraFacts(
    string AdminAccountId,
    int Accounts,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Groups,
    int Memberships,
    IReadOnlyList<string> IssueKeys,
    DemoCustomFields Fields);
