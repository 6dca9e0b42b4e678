namespace Matrix42.JiraConnector.Jira;

/// <summary>How strictly <c>POST /rest/api/3/jql/parse</c> validates.</summary>
public enum JqlValidation
{
    /// <summary>Errors for invalid queries and for unknown values (Jira's default).</summary>
    Strict,

    /// <summary>Unknown values become warnings.</summary>
    Warn,

    /// <summary>Syntax only.</summary>
    None,
}
