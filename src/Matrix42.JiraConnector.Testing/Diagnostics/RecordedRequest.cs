using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Testing.Diagnostics;

/// <summary>One request as a fake service saw it, with what it answered.</summary>
/// <param name="Sequence">The order of arrival, from 1.</param>
/// <param name="At">When the request arrived, by the fake's clock.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path without query string.</param>
/// <param name="QueryString">The raw query string.</param>
/// <param name="Route">The route template the service matched, or the method and path when it did not say.</param>
/// <param name="Status">The status sent, or <see langword="null"/> when the connection was dropped.</param>
/// <param name="Fault">The fault injected, if any.</param>
/// <param name="Body">The request body text, cut to the log's body limit.</param>
public sealed record RecordedRequest(
    long Sequence,
    DateTimeOffset At,
    string Method,
    string Path,
    string QueryString,
    string Route,
    int? Status,
    FaultKind? Fault,
    string Body);
