namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// The state of the configured API token's expiry, evaluated against the client's clock. Jira Cloud
/// tokens last at most a year and an expired token only yields 401, so warn ahead.
/// </summary>
/// <param name="ExpiresAt">The configured expiry; null when not configured.</param>
/// <param name="IsExpiringSoon">True when the expiry is within the warning window (or past).</param>
/// <param name="IsExpired">True when the expiry has passed.</param>
/// <param name="Remaining">The time left (negative when expired); null when no expiry is configured.</param>
public sealed record JiraTokenExpiry(
    DateTimeOffset? ExpiresAt, bool IsExpiringSoon, bool IsExpired, TimeSpan? Remaining);
