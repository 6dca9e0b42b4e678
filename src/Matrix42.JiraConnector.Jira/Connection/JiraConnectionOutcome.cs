namespace Matrix42.JiraConnector.Jira;

/// <summary>The outcome of a connection test.</summary>
public enum JiraConnectionOutcome
{
    /// <summary>The site answered and accepted the credentials.</summary>
    Succeeded,

    /// <summary>The site answered 401: the credentials are wrong, expired, or meant for another host.</summary>
    InvalidCredentials,

    /// <summary>The site answered 403 with a CAPTCHA demand: a person must log in through the browser first.</summary>
    CaptchaRequired,

    /// <summary>A host answered, but not as a Jira Cloud site (404, a redirect elsewhere, or HTML).</summary>
    WrongSite,

    /// <summary>No answer: the host name does not resolve, refuses connections, or timed out.</summary>
    Unreachable,

    /// <summary>Jira answered with another error (for example 5xx or 429); see the message.</summary>
    Failed,
}
