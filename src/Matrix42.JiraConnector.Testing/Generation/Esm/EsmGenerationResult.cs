namespace Matrix42.JiraConnector.Testing.Generation;

/// <summary>What <see cref="EsmDataGenerator.Populate"/> created.</summary>
/// <param name="TaskId">The task id stamped on every generated card (attribute <c>task_id</c>).</param>
/// <param name="PersonIds">The ids of the person cards, in creation (increasing) order.</param>
/// <param name="GroupIds">The ids of the group cards, in creation order.</param>
/// <param name="IncidentIds">The ids of the incident cards, in creation order.</param>
public sealed record EsmGenerationResult(
    string TaskId,
    IReadOnlyList<long> PersonIds,
    IReadOnlyList<long> GroupIds,
    IReadOnlyList<long> IncidentIds);
