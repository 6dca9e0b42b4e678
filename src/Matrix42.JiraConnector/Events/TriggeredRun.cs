namespace Matrix42.JiraConnector.Events;

/// <summary>One activity run started by a trigger poll.</summary>
/// <param name="DataCardId">The card that newly matched or changed.</param>
/// <param name="Outcome">What the activity did.</param>
public sealed record TriggeredRun(string DataCardId, ActivityOutcome Outcome);
