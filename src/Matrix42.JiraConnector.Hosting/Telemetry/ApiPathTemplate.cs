namespace Matrix42.JiraConnector.Hosting.Telemetry;

/// <summary>
/// Reduces a request URL to a path template safe for tags: the query string is dropped, and every segment
/// that is not a plain word (ids, issue keys, account ids, GUIDs, escaped names, e-mail addresses) becomes
/// <c>{}</c>, for example <c>/rest/api/3/issue/{}/comment</c>.
/// </summary>
internal static class ApiPathTemplate
{
    private const int MaxWordLength = 40;

    public static string Of(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return "/";
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return "/" + string.Join('/', segments.Select((segment, index) =>
            IsWord(segment) || IsVersion(segment, index > 0 ? segments[index - 1] : null) ? segment : "{}"));
    }

    // Letters with inner '-', '_' or '.', as resource names are; anything with digits or escapes is data.
    private static bool IsWord(string segment) =>
        segment.Length <= MaxWordLength
        && char.IsAsciiLetter(segment[0])
        && segment.All(c => char.IsAsciiLetter(c) || c is '-' or '_' or '.');

    // API versions: "v2" anywhere, a bare number only right after "api" (as in /rest/api/3), never an id.
    private static bool IsVersion(string segment, string? previous)
    {
        var prefixed = segment.Length is 2 or 3 && segment[0] == 'v';
        var digits = prefixed ? segment[1..] : segment;
        return digits.Length is 1 or 2
               && digits.All(char.IsAsciiDigit)
               && (prefixed || string.Equals(previous, "api", StringComparison.OrdinalIgnoreCase));
    }
}
