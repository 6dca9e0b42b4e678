namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>One <c>ORDER BY</c> term.</summary>
/// <param name="Field">The canonical field id.</param>
/// <param name="Descending">Whether the order is descending.</param>
internal sealed record JqlSort(string Field, bool Descending);
