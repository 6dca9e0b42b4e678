using System.Buffers.Text;
using System.Text.Json;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Reads the <c>exp</c> claim of a JWT. The signature is not checked: the token is only carried.</summary>
internal static class JwtClaims
{
    public static DateTimeOffset? ReadExpiry(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length < 2)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(parts[1]);
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.Property("exp") is { ValueKind: JsonValueKind.Number } exp &&
                   exp.TryGetDouble(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds((long)seconds)
                : null;
        }
        catch (Exception error) when (error is FormatException or JsonException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
