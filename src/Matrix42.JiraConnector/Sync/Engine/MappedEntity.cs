using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>The card values mapped from one Jira object.</summary>
/// <param name="Values">The attribute values to write, including the task id stamp.</param>
/// <param name="ContentHash">A stable hash of <paramref name="Values"/>.</param>
/// <param name="Problems">What the mapping could not map, in words without personal data.</param>
internal sealed record MappedEntity(EsmAttributeSet Values, string ContentHash, IReadOnlyList<string> Problems);
