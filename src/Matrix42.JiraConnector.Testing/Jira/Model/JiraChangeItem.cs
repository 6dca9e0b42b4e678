namespace Matrix42.JiraConnector.Testing.Jira.Model;

/// <summary>One field change inside a changelog entry.</summary>
internal sealed record JiraChangeItem(
    string Field, string FieldId, string? From, string? FromText, string? To, string? ToText);
