namespace Matrix42.JiraConnector.Configuration;

/// <summary>Which Jira users an identity task reads.</summary>
public sealed class UserFilterSettings
{
    /// <summary>
    /// The Jira account types to keep (<c>atlassian</c>, <c>app</c>, <c>customer</c>). An empty list means
    /// <c>atlassian</c> only, so bots and portal customers are not taken for people.
    /// </summary>
    /// <value>Empty by default, meaning <c>atlassian</c> only.</value>
    public IList<string> AccountTypes { get; set; } = [];

    /// <summary>Keeps only active users; inactive users are otherwise read and flagged inactive.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool ActiveOnly { get; set; }
}
