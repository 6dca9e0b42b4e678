namespace Matrix42.JiraConnector.Reliability.Tests.Fuzzing;

/// <summary>A valid document the fuzzer starts from and the call it answers.</summary>
internal sealed record FuzzSeed(string Name, FuzzTarget Target, string Json);
