namespace Matrix42.JiraConnector.Events;

/// <summary>What one pass of a trigger poll found and ran.</summary>
/// <param name="Matched">How many cards met the condition.</param>
/// <param name="Runs">The activity runs, one per newly matching or changed card.</param>
public sealed record TriggerPollResult(int Matched, IReadOnlyList<TriggeredRun> Runs);
