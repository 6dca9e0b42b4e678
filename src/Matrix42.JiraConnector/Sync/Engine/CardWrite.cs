using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>One card write queued for the loader.</summary>
/// <param name="Key">The entity.</param>
/// <param name="DataCardId">The card to modify, or <see langword="null"/> to create one.</param>
/// <param name="Values">The values to write.</param>
/// <param name="ContentHash">The hash committed to the cache once the write succeeded.</param>
/// <param name="JiraUpdated">For issues, Jira's <c>updated</c> value committed to the cache.</param>
internal sealed record CardWrite(
    EntityKey Key,
    string? DataCardId,
    EsmAttributeSet Values,
    string ContentHash,
    DateTimeOffset? JiraUpdated);
