namespace Matrix42.JiraConnector.Esm;

/// <summary>A bearer token and the time from which it should be renewed.</summary>
/// <param name="Value">The JWT, without the <c>Bearer </c> prefix. Never logged.</param>
/// <param name="ExpiresAt">The token's <c>exp</c> (or an assumed expiry).</param>
/// <param name="RenewAt">When to log in again, shortly before <paramref name="ExpiresAt"/>.</param>
internal sealed record EsmToken(string Value, DateTimeOffset ExpiresAt, DateTimeOffset RenewAt)
{
    public override string ToString() => $"EsmToken {{ ExpiresAt = {ExpiresAt:O} }}";
}
