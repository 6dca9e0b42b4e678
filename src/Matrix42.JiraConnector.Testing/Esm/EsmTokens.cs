using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>
/// Issues and checks the API's JWTs: HS512-signed, with <c>sub</c> (login), <c>iss</c> (login URL),
/// <c>iat</c> and <c>exp</c> in Unix seconds. Rotating the key invalidates every issued token.
/// </summary>
internal sealed class EsmTokens(TimeProvider timeProvider, TimeSpan lifetime)
{
    private static readonly string Header = Encode("""{"alg":"HS512","typ":"JWT"}"""u8);

    private byte[] _key = RandomNumberGenerator.GetBytes(64);

    public string Issue(string login, string issuer)
    {
        var issuedAt = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var claims = new JsonObject
        {
            ["sub"] = login,
            ["iss"] = issuer,
            ["iat"] = issuedAt,
            ["exp"] = issuedAt + (long)lifetime.TotalSeconds,
        };
        var unsigned = $"{Header}.{Encode(Encoding.UTF8.GetBytes(claims.ToJsonString()))}";
        return $"{unsigned}.{Sign(unsigned)}";
    }

    /// <summary>Returns the login of a valid, unexpired token, or <see langword="null"/>.</summary>
    public string? Validate(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign($"{parts[0]}.{parts[1]}"));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(Base64Url.DecodeFromChars(parts[1])) is JsonObject claims
                   && claims["exp"] is JsonValue exp && exp.TryGetValue<long>(out var expires)
                   && claims["sub"] is JsonValue sub && sub.TryGetValue<string>(out var login)
                   && timeProvider.GetUtcNow().ToUnixTimeSeconds() < expires
                ? login
                : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    public void RotateKey() => _key = RandomNumberGenerator.GetBytes(64);

    private string Sign(string unsigned) => Encode(HMACSHA512.HashData(_key, Encoding.ASCII.GetBytes(unsigned)));

    private static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);
}
