namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>What evaluating a query needs: the site, the caller, the clock and the caller's time zone.</summary>
/// <param name="Site">The site.</param>
/// <param name="CallerId">The searching account, or <see langword="null"/> for anonymous.</param>
/// <param name="Now">The current instant.</param>
/// <param name="Zone">The searching account's time zone, in which date literals are read.</param>
internal sealed record JqlContext(JiraSite Site, string? CallerId, DateTimeOffset Now, TimeZoneInfo Zone);
