namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// Reads the legacy sprint text Jira once returned instead of objects, e.g.
/// <c>com.atlassian.greenhopper.service.sprint.Sprint@1f39[id=1,name=S 1,state=ACTIVE,goal=a, b,...]</c>.
/// A value ends at the comma that starts the next <c>key=</c>, so commas inside a goal survive.
/// </summary>
internal static class LegacySprintText
{
    public static bool LooksLikeSprint(string text) =>
        text.Contains("[id=", StringComparison.Ordinal) && text.EndsWith(']');

    public static bool TryGetProperty(string text, string name, out string? value)
    {
        value = null;
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open < 0 || !text.EndsWith(']'))
        {
            return false;
        }

        var body = text.AsSpan(open + 1, text.Length - open - 2);
        var position = 0;
        while (position < body.Length)
        {
            var equals = body[position..].IndexOf('=');
            if (equals < 0)
            {
                return false;
            }

            var key = body.Slice(position, equals);
            var valueStart = position + equals + 1;
            var valueEnd = NextKeyStart(body, valueStart);
            if (key.SequenceEqual(name))
            {
                var raw = body[valueStart..valueEnd].ToString();
                value = raw == "<null>" ? null : raw;
                return true;
            }

            position = valueEnd + 1;
        }

        return false;
    }

    private static int NextKeyStart(ReadOnlySpan<char> body, int from)
    {
        for (var i = from; i < body.Length; i++)
        {
            if (body[i] != ',')
            {
                continue;
            }

            var j = i + 1;
            while (j < body.Length && (char.IsAsciiLetterOrDigit(body[j]) || body[j] == '_'))
            {
                j++;
            }

            if (j > i + 1 && j < body.Length && body[j] == '=')
            {
                return i;
            }
        }

        // The last value may carry the trailing comma Jira writes before the closing bracket.
        return body.Length > from && body[^1] == ',' ? body.Length - 1 : body.Length;
    }
}
