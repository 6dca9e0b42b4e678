namespace Matrix42.JiraConnector.Testing.Faults;

/// <summary>The kinds of fault a <see cref="FaultPlan"/> can inject into a fake service.</summary>
public enum FaultKind
{
    /// <summary>Answer 429 without applying the request, with <c>Retry-After</c> and <c>RateLimit-Reason</c>
    /// when the rule gives them.</summary>
    TooManyRequests,

    /// <summary>Answer 503 without applying the request, with <c>Retry-After</c> when the rule gives it.</summary>
    ServiceUnavailable,

    /// <summary>Answer an HTML error page (default status 502) without applying the request, as proxies do.</summary>
    HtmlErrorPage,

    /// <summary>Drop the connection before the request is applied.</summary>
    ConnectionReset,

    /// <summary>Never answer: hold the request until the client gives up or the rule's delay passes.
    /// The request is not applied.</summary>
    Timeout,

    /// <summary>Apply the request and answer normally, but only after the rule's delay.</summary>
    SlowResponse,

    /// <summary>Apply the request, then send only part of the body before dropping the connection.</summary>
    TruncatedBody,

    /// <summary>Apply the request, then drop the connection before any response byte is sent: the write
    /// happened but the client cannot know.</summary>
    ResponseLost,
}
