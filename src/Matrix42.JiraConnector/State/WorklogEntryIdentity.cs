using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Matrix42.JiraConnector.State;

/// <summary>
/// The identity of an ESM worklog entry, which has no id of its own: a hash of its author, its time (to the
/// second, UTC) and its text. Both comment directions use it, so they agree on which entry a pairing means.
/// </summary>
public static class WorklogEntryIdentity
{
    /// <summary>Computes the identity of an entry.</summary>
    /// <param name="author">The author as ESM shows it; null when not known.</param>
    /// <param name="writtenAt">When the entry was written; null when not known.</param>
    /// <param name="text">The entry's text.</param>
    /// <returns>A 32-character hexadecimal identity.</returns>
    public static string Of(string? author, DateTimeOffset? writtenAt, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var time = writtenAt?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var source = $"{author?.Trim()}\u001f{time}\u001f{normalized}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
