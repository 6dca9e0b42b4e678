using System.Globalization;
using System.Text;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>Text rules Jira enforces on writes.</summary>
public static class JiraText
{
    /// <summary>The longest summary Jira accepts, in UTF-16 code units.</summary>
    public const int MaxSummaryLength = 255;

    /// <summary>
    /// Makes text acceptable as a summary (or other single-line field): every run of white space that holds a
    /// line break becomes one space, the ends are trimmed, and text longer than <paramref name="maxLength"/> is
    /// cut at a text-element boundary, so no surrogate pair or combining sequence is split.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The limit in UTF-16 code units.</param>
    /// <value>The limit defaults to <see cref="MaxSummaryLength"/>.</value>
    /// <returns>The sanitised text.</returns>
    public static string SanitizeSingleLine(string text, int maxLength = MaxSummaryLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);

        var singleLine = CollapseLineBreaks(text).Trim();
        if (singleLine.Length <= maxLength)
        {
            return singleLine;
        }

        var cut = 0;
        var span = singleLine.AsSpan();
        while (cut < span.Length)
        {
            var next = StringInfo.GetNextTextElementLength(span[cut..]);
            if (cut + next > maxLength)
            {
                break;
            }

            cut += next;
        }

        return singleLine[..cut].TrimEnd();
    }

    private static string CollapseLineBreaks(string text)
    {
        if (text.AsSpan().IndexOfAny("\r\n\u0085\u2028\u2029") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }

            var start = i;
            var hasBreak = false;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                hasBreak |= text[i] is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';
                i++;
            }

            if (hasBreak)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(text, start, i - start);
            }
        }

        return builder.ToString();
    }
}
