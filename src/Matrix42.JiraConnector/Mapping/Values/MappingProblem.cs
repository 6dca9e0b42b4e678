namespace Matrix42.JiraConnector.Mapping;

/// <summary>One value that could not be mapped; the rest of the entity was still mapped.</summary>
/// <param name="Target">The ESM attribute code or Jira field id concerned.</param>
/// <param name="Source">The Jira path or ESM attribute read.</param>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">A description without personal data.</param>
/// <param name="Value">The offending value or key (may be personal data such as an e-mail; do not log it).</param>
public sealed record MappingProblem(string Target, string Source, MappingProblemKind Kind, string Message,
    string? Value = null);
