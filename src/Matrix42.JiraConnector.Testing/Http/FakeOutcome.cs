using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Testing.Http;

/// <summary>What a transport must do with one request after the fault plan was consulted.</summary>
/// <param name="Response">The response to send, or <see langword="null"/> when the connection is dropped.</param>
/// <param name="Fault">The fault injected, if any.</param>
/// <param name="TruncateAfter">When set, send only this many body bytes and then drop the connection.</param>
internal readonly record struct FakeOutcome(FakeResponse? Response, FaultKind? Fault, int? TruncateAfter);
