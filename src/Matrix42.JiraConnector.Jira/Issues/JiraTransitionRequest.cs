using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Jira;

/// <summary>A transition to perform, with values for fields on its screen (such as resolution).</summary>
public sealed record JiraTransitionRequest
{
    /// <summary>The transition id, from <see cref="IJiraIssueOperations.GetTransitionsAsync"/>; required.</summary>
    public required string TransitionId { get; init; }

    /// <summary>Field values by field id (only fields on the transition screen); default none.</summary>
    public JsonObject? Fields { get; init; }

    /// <summary>Update operations, for example a comment to add; default none.</summary>
    public JsonObject? Update { get; init; }
}
