namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>Identifies one task of one connector.</summary>
/// <param name="ConnectorId">The id of the connector the task belongs to.</param>
/// <param name="TaskId">The id of the task; unique within the connector.</param>
public readonly record struct TaskKey(string ConnectorId, string TaskId)
{
    /// <summary>The key as <c>connectorId/taskId</c>, the form used in logs and storage.</summary>
    /// <returns>The two ids joined by a slash.</returns>
    public override string ToString() => ConnectorId + "/" + TaskId;
}
