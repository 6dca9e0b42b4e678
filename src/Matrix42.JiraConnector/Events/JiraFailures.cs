using System.Net;
using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Events;

/// <summary>Classifies Jira failures the way the event path reacts to them.</summary>
internal static class JiraFailures
{
    /// <summary>No answer, or a server error: a creating call may or may not have been applied.</summary>
    public static bool IsAmbiguous(JiraApiException exception) =>
        exception.StatusCode is null || (int)exception.StatusCode.Value >= 500;

    public static bool IsNotFound(JiraApiException exception) => exception.StatusCode == HttpStatusCode.NotFound;
}
