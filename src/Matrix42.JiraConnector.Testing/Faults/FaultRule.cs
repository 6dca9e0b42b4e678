using System.Text.RegularExpressions;

namespace Matrix42.JiraConnector.Testing.Faults;

/// <summary>
/// One rule of a <see cref="FaultPlan"/>: which requests it matches, how often it fires and what it does.
/// </summary>
public sealed record FaultRule
{
    private readonly string? _pathPattern;
    private Regex? _pathRegex;

    /// <summary>The fault to inject.</summary>
    public required FaultKind Kind { get; init; }

    /// <summary>The HTTP method to match, e.g. <c>POST</c>; <see langword="null"/> (the default) matches any.</summary>
    public string? Method { get; init; }

    /// <summary>
    /// A path pattern to match against the request path (without query string):
    /// <c>*</c> matches within one segment, <c>**</c> matches across segments, anything else is literal.
    /// <see langword="null"/> (the default) matches every path.
    /// </summary>
    public string? PathPattern
    {
        get => _pathPattern;
        init
        {
            _pathPattern = value;
            _pathRegex = value is null ? null : CompilePattern(value);
        }
    }

    /// <summary>The chance, from 0 to 1, that a matching request gets the fault. Default 1.</summary>
    public double Probability { get; init; } = 1.0;

    /// <summary>How many matching requests pass untouched before the rule may fire. Default 0.</summary>
    public int Skip { get; init; }

    /// <summary>How many times the rule fires at most; <see langword="null"/> (the default) for no limit.</summary>
    public int? MaxCount { get; init; }

    /// <summary>The <c>Retry-After</c> value for 429 and 503 faults; <see langword="null"/> (the default) sends
    /// no header. Whole seconds are sent.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// The <c>RateLimit-Reason</c> header for 429 faults, e.g. <c>jira-burst-based</c>; default none.
    /// </summary>
    public string? RateLimitReason { get; init; }

    /// <summary>The delay of a <see cref="FaultKind.SlowResponse"/>, or how long a <see cref="FaultKind.Timeout"/>
    /// holds the request. Default 2 seconds for slow responses and 100 seconds for time-outs when zero.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>The status of an <see cref="FaultKind.HtmlErrorPage"/>; default 502.</summary>
    public int HtmlStatus { get; init; } = 502;

    internal bool Matches(string method, string path)
    {
        if (Method is not null && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return _pathRegex is null || _pathRegex.IsMatch(path);
    }

    private static Regex CompilePattern(string pattern)
    {
        var escaped = Regex.Escape(pattern)
            .Replace(@"\*\*", "\u0001", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal)
            .Replace("\u0001", ".*", StringComparison.Ordinal);
        return new Regex("^" + escaped + "$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }
}
