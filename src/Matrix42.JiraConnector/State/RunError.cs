namespace Matrix42.JiraConnector.State;

/// <summary>An error recorded by a run, for one entity or for the run as a whole.</summary>
/// <param name="Key">The entity that failed; <see langword="null"/> for a run-level error.</param>
/// <param name="Phase">Where it happened, for example <c>extract</c>, <c>map</c>, <c>load</c>, <c>mark</c>.</param>
/// <param name="Message">What went wrong, without secrets or personal data.</param>
public sealed record RunError(EntityKey? Key, string Phase, string Message);
