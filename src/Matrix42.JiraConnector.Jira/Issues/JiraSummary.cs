using System.Globalization;
using System.Text;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// Prepares issue summaries the way Jira accepts them: one line, at most 255 characters. Jira refuses
/// summaries with line breaks or over the limit with a field error.
/// </summary>
public static class JiraSummary
{
    /// <summary>The longest summary Jira accepts.</summary>
    public const int MaxLength = 255;

    /// <summary>
    /// Replaces every line break (with the spaces around it) by a single space, trims, and cuts the text
    /// to at most <see cref="MaxLength"/> characters on a text-element boundary, so an emoji or a letter
    /// with combining marks is never split.
    /// </summary>
    /// <param name="text">The summary as the other system holds it; null gives an empty string.</param>
    /// <returns>The summary to send.</returns>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var lines = text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var single = string.Join(' ', lines.Where(l => l.Length > 0));
        if (single.Length <= MaxLength)
        {
            return single;
        }

        var builder = new StringBuilder(MaxLength);
        var elements = StringInfo.GetTextElementEnumerator(single);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (builder.Length + element.Length > MaxLength)
            {
                break;
            }

            builder.Append(element);
        }

        return builder.ToString().TrimEnd();
    }
}
