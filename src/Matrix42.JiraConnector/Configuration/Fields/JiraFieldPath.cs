using System.Diagnostics.CodeAnalysis;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// A parsed path into a Jira JSON object: names separated by dots, <c>[]</c> to step into every array element,
/// and <c>["Display Name"]</c> for a custom field by display name, e.g. <c>fields.customfield_10020[].name</c>.
/// </summary>
public sealed class JiraFieldPath
{
    private JiraFieldPath(string text, JiraPathSegment[] segments)
    {
        Text = text;
        Segments = segments;
        if (segments.Length >= 2 &&
            segments[0] is { Kind: JiraPathSegmentKind.Property, Name: "fields", IsQuoted: false }
            && segments[1].Kind == JiraPathSegmentKind.Property)
        {
            Field = segments[1].Name;
            FieldIsDisplayName = segments[1].IsQuoted;
        }
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>The steps of the path.</summary>
    public IReadOnlyList<JiraPathSegment> Segments { get; }

    /// <summary>The field id or display name under <c>fields</c>; <see langword="null"/> for top-level paths.</summary>
    public string? Field { get; }

    /// <summary>Whether <see cref="Field"/> is a display name still to be resolved to a field id.</summary>
    public bool FieldIsDisplayName { get; }

    /// <summary>Parses a path.</summary>
    /// <param name="text">The path text.</param>
    /// <returns>The parsed path.</returns>
    /// <exception cref="FormatException">The text is not a valid path; the message says where.</exception>
    public static JiraFieldPath Parse(string text) =>
        TryParse(text, out var path, out var error) ? path : throw new FormatException(error);

    /// <summary>Tries to parse a path.</summary>
    /// <param name="text">The path text.</param>
    /// <param name="path">The parsed path when successful.</param>
    /// <param name="error">Why parsing failed, otherwise <see langword="null"/>.</param>
    /// <returns>Whether the text is a valid path.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out JiraFieldPath? path, out string? error)
    {
        path = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "The path is empty.";
            return false;
        }

        var segments = new List<JiraPathSegment>();
        var i = 0;
        var expectName = true;
        while (i < text.Length)
        {
            if (expectName)
            {
                if (!TryReadName(text, ref i, segments, out error))
                {
                    return false;
                }

                expectName = false;
            }
            else if (text[i] == '.')
            {
                i++;
                expectName = true;
            }
            else if (text[i] == '[' && i + 1 < text.Length && text[i + 1] == ']')
            {
                segments.Add(new JiraPathSegment(JiraPathSegmentKind.EachElement, string.Empty, false));
                i += 2;
            }
            else if (text[i] == '[')
            {
                if (!TryReadQuoted(text, ref i, segments, out error))
                {
                    return false;
                }
            }
            else
            {
                error = $"Unexpected '{text[i]}' at position {i} in '{text}'.";
                return false;
            }
        }

        if (expectName)
        {
            error = $"The path '{text}' ends with a dot.";
            return false;
        }

        path = new JiraFieldPath(text, [.. segments]);
        error = null;
        return true;
    }

    /// <summary>Returns the same path with the display-name field replaced by its resolved field id.</summary>
    /// <param name="fieldId">The field id, e.g. <c>customfield_10016</c>.</param>
    /// <returns>The resolved path.</returns>
    public JiraFieldPath WithFieldId(string fieldId)
    {
        ArgumentException.ThrowIfNullOrEmpty(fieldId);
        if (Field is null)
        {
            throw new InvalidOperationException($"The path '{Text}' does not go through 'fields'.");
        }

        var segments = Segments.ToArray();
        segments[1] = new JiraPathSegment(JiraPathSegmentKind.Property, fieldId, false);
        var text = new System.Text.StringBuilder();
        foreach (var segment in segments)
        {
            text.Append(segment switch
            {
                { Kind: JiraPathSegmentKind.EachElement } => "[]",
                { IsQuoted: true } => "[\"" + segment.Name + "\"]",
                _ => (text.Length == 0 ? string.Empty : ".") + segment.Name,
            });
        }

        return new JiraFieldPath(text.ToString(), segments);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static bool TryReadName(string text, ref int i, List<JiraPathSegment> segments, out string? error)
    {
        if (text[i] == '[')
        {
            return TryReadQuoted(text, ref i, segments, out error);
        }

        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-' or '$'))
        {
            i++;
        }

        if (i == start)
        {
            error = $"A name is expected at position {start} in '{text}'.";
            return false;
        }

        segments.Add(new JiraPathSegment(JiraPathSegmentKind.Property, text[start..i], false));
        error = null;
        return true;
    }

    private static bool TryReadQuoted(string text, ref int i, List<JiraPathSegment> segments, out string? error)
    {
        // The form is ["name"]; a display name may hold dots, spaces and brackets but not the closing quote.
        if (i + 1 >= text.Length || text[i + 1] != '"')
        {
            error = $"Expected '[]' or '[\"name\"]' at position {i} in '{text}'.";
            return false;
        }

        var end = text.IndexOf("\"]", i + 2, StringComparison.Ordinal);
        if (end < 0 || end == i + 2)
        {
            error = $"The bracketed name at position {i} in '{text}' is empty or not closed with '\"]'.";
            return false;
        }

        segments.Add(new JiraPathSegment(JiraPathSegmentKind.Property, text[(i + 2)..end], true));
        i = end + 2;
        error = null;
        return true;
    }
}
