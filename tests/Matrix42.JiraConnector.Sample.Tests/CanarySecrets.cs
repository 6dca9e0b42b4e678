using System.Text;

namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>
/// Canary secrets: values that appear nowhere else, so finding one in any output proves a leak. Letters and digits
/// only, so URL, JSON and form encodings leave them as they are.
/// </summary>
internal static class CanarySecrets
{
    public const string JiraEmail = "canary-bot@demo.example";
    public const string JiraToken = "CanaryJiraToken7Q2X9vLm4Rt8Kp3W";
    public const string EsmLogin = "canary-webapi";
    public const string EsmPassword = "CanaryEsmPassword5Hn6Zb1Yc0Dj2F";

    /// <summary>The value of the Basic header Jira gets, built from the e-mail and the token.</summary>
    public static string JiraBasic { get; } =
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{JiraEmail}:{JiraToken}"));

    /// <summary>The same for the ESM login, in case a client ever sent it as a Basic header.</summary>
    public static string EsmBasic { get; } =
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{EsmLogin}:{EsmPassword}"));

    public static IReadOnlyList<string> All { get; } = [JiraToken, EsmPassword, JiraBasic, EsmBasic];

    /// <summary>Every canary found in <paramref name="text"/>.</summary>
    public static IEnumerable<string> FoundIn(string text) =>
        All.Where(c => text.Contains(c, StringComparison.Ordinal));

    /// <summary>Every canary found in <paramref name="bytes"/>, as UTF-8 or UTF-16 (SQLite may store either).</summary>
    public static IEnumerable<string> FoundIn(ReadOnlySpan<byte> bytes)
    {
        var found = new List<string>();
        foreach (var canary in All)
        {
            if (bytes.IndexOf(Encoding.UTF8.GetBytes(canary)) >= 0
                || bytes.IndexOf(Encoding.Unicode.GetBytes(canary)) >= 0
                || bytes.IndexOf(Encoding.BigEndianUnicode.GetBytes(canary)) >= 0)
            {
                found.Add(canary);
            }
        }

        return found;
    }
}
