namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Jira refused the credentials: 401 (bad, expired or wrong-host token) or a 403 CAPTCHA lock, which
/// only a person logging in through the browser can clear.
/// </summary>
public sealed class JiraAuthenticationException : JiraApiException
{
    /// <summary>Creates the exception.</summary>
    public JiraAuthenticationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    public JiraAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public JiraAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from an error answer.</summary>
    /// <param name="details">The answer.</param>
    /// <param name="captchaChallenge">Whether Jira demands a CAPTCHA login.</param>
    public JiraAuthenticationException(JiraErrorDetails details, bool captchaChallenge)
        : base(details)
    {
        IsCaptchaChallenge = captchaChallenge;
    }

    /// <summary>
    /// <see langword="true"/> when Jira locked the account behind a CAPTCHA after failed logins; the
    /// credentials were not even checked. Default <see langword="false"/>.
    /// </summary>
    public bool IsCaptchaChallenge { get; }
}
