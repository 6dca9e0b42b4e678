namespace Matrix42.JiraConnector.Reliability.Tests.Fuzzing;

/// <summary>An exception the fuzzer did not expect, grouped by where it came from.</summary>
internal sealed record FuzzFailure(string Part, string Label, Exception Error)
{
    /// <summary>The part, the exception type and the innermost SDK frame: one line per distinct defect.</summary>
    public string Signature
    {
        get
        {
            var frame = (Error.StackTrace ?? "").Split('\n')
                .Select(l => l.Trim())
                .FirstOrDefault(l => l.StartsWith("at Matrix42.JiraConnector.", StringComparison.Ordinal) &&
                                     !l.Contains(".Tests.", StringComparison.Ordinal)) ?? "(no SDK frame)";
            var at = frame.IndexOf(" in ", StringComparison.Ordinal);
            return $"{Part}: {Error.GetType().Name} ({Error.Message.Split('\n')[0]}) {(at > 0 ? frame[..at] : frame)}";
        }
    }
}
