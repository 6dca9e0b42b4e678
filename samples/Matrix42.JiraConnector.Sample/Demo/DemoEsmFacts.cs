namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>Cards the seeded ESM tenant starts with.</summary>
/// <param name="IncidentId">The incident the event step turns into a Jira issue.</param>
internal sealed record DemoEsmFacts(long IncidentId);
