using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Matrix42.JiraConnector.Internal;

/// <summary>
/// Reads text out of JSON elements that may hold undecodable strings. <see cref="JsonDocument"/> does not check
/// string contents while parsing, so invalid UTF-8 (or a lone surrogate escape) in a document the caller parsed only
/// shows when the text is read, as an <see cref="InvalidOperationException"/>; here it is a plain "no". Compiled
/// into each package that reads such documents.
/// </summary>
internal static class JsonText
{
    /// <summary>The text of a string element, or false when it cannot be decoded.</summary>
    public static bool TryGetString(JsonElement element, [NotNullWhen(true)] out string? text)
    {
        try
        {
            text = element.GetString();
            return text is not null;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    /// <summary>The raw JSON text of an element, or false when a string inside it cannot be decoded.</summary>
    public static bool TryGetRawText(JsonElement element, [NotNullWhen(true)] out string? text)
    {
        try
        {
            text = element.GetRawText();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }
}
