using System.Text;

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

        // One pass over the path without splitting it into strings: this runs for every traced HTTP attempt.
        var path = uri.AbsolutePath;
        var template = new StringBuilder(path.Length + 1);
        ReadOnlySpan<char> previous = default;
        foreach (var range in path.AsSpan().Split('/'))
        {
            var segment = path.AsSpan(range);
            if (segment.IsEmpty)
            {
                continue;
            }

            template.Append('/');
            if (IsWord(segment) || IsVersion(segment, previous))
            {
                template.Append(segment);
            }
            else
            {
                template.Append("{}");
            }

            previous = segment;
        }

        return template.Length == 0 ? "/" : template.ToString();
    }

    // Letters with inner '-', '_' or '.', as resource names are; anything with digits or escapes is data.
    private static bool IsWord(ReadOnlySpan<char> segment)
    {
        if (segment.Length > MaxWordLength || !char.IsAsciiLetter(segment[0]))
        {
            return false;
        }

        foreach (var c in segment)
        {
            if (!char.IsAsciiLetter(c) && c is not ('-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // API versions: "v2" anywhere, a bare number only right after "api" (as in /rest/api/3), never an id.
    private static bool IsVersion(ReadOnlySpan<char> segment, ReadOnlySpan<char> previous)
    {
        var prefixed = segment.Length is 2 or 3 && segment[0] == 'v';
        var digits = prefixed ? segment[1..] : segment;
        return digits.Length is 1 or 2
               && !digits.ContainsAnyExceptInRange('0', '9')
               && (prefixed || previous.Equals("api", StringComparison.OrdinalIgnoreCase));
    }
}
