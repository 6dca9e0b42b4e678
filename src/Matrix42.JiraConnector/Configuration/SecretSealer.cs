using System.Security.Cryptography;
using System.Text;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// Seals inline secrets with an export password (PBKDF2-SHA256 key, AES-256-GCM) so documents can move
/// between environments; environment-variable references are not secrets and stay as they are.
/// </summary>
public static class SecretSealer
{
    private const string Prefix = "v1";
    private const int Iterations = 100_000;
    private const int SaltSize = 16;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>Returns a copy of the document with every inline secret sealed.</summary>
    /// <param name="document">The document.</param>
    /// <param name="password">The export password.</param>
    /// <returns>The sealed copy.</returns>
    public static ConnectorConfigurationDocument SealDocument(ConnectorConfigurationDocument document, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        var copy = ConnectorConfigurationSerializer.Clone(document);
        foreach (var secret in Secrets(copy).Where(s => s.Kind == SecretKind.Inline))
        {
            secret.Sealed = Seal(secret.Inline!, password);
            secret.Inline = null;
        }

        return copy;
    }

    /// <summary>Returns a copy of the document with every sealed secret opened to an inline secret.</summary>
    /// <param name="document">The document.</param>
    /// <param name="password">The export password.</param>
    /// <returns>The unsealed copy.</returns>
    /// <exception cref="ConfigurationFormatException">The password is wrong or a sealed value is damaged.</exception>
    public static ConnectorConfigurationDocument UnsealDocument(ConnectorConfigurationDocument document, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        var copy = ConnectorConfigurationSerializer.Clone(document);
        foreach (var secret in Secrets(copy).Where(s => s.Kind == SecretKind.Sealed))
        {
            secret.Inline = Unseal(secret.Sealed!, password);
            secret.Sealed = null;
        }

        return copy;
    }

    /// <summary>Seals one secret.</summary>
    /// <param name="secret">The clear text.</param>
    /// <param name="password">The export password.</param>
    /// <returns>The sealed text <c>v1.salt.nonce.ciphertext</c> (base64 parts).</returns>
    public static string Seal(string secret, string password)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var plain = Encoding.UTF8.GetBytes(secret);
        var cipher = new byte[plain.Length + TagSize];

        using var aes = new AesGcm(DeriveKey(password, salt), TagSize);
        aes.Encrypt(nonce, plain, cipher.AsSpan(0, plain.Length), cipher.AsSpan(plain.Length));
        return string.Join('.', Prefix, Convert.ToBase64String(salt), Convert.ToBase64String(nonce),
            Convert.ToBase64String(cipher));
    }

    /// <summary>Opens one sealed secret.</summary>
    /// <param name="sealedValue">The text written by <see cref="Seal"/>.</param>
    /// <param name="password">The export password.</param>
    /// <returns>The clear text.</returns>
    /// <exception cref="ConfigurationFormatException">The password is wrong or the value is damaged.</exception>
    public static string Unseal(string sealedValue, string password)
    {
        ArgumentNullException.ThrowIfNull(sealedValue);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var parts = sealedValue.Split('.');
        if (parts.Length != 4 || parts[0] != Prefix)
        {
            throw new ConfigurationFormatException("A sealed secret has an unknown format.");
        }

        try
        {
            var salt = Convert.FromBase64String(parts[1]);
            var nonce = Convert.FromBase64String(parts[2]);
            var cipher = Convert.FromBase64String(parts[3]);
            var plain = new byte[cipher.Length - TagSize];
            using var aes = new AesGcm(DeriveKey(password, salt), TagSize);
            aes.Decrypt(nonce, cipher.AsSpan(0, plain.Length), cipher.AsSpan(plain.Length), plain);
            return Encoding.UTF8.GetString(plain);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or OverflowException or ArgumentException)
        {
            throw new ConfigurationFormatException("A sealed secret cannot be opened: wrong password or damaged value.", ex);
        }
    }

    private static byte[] DeriveKey(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);

    private static IEnumerable<SecretValue> Secrets(ConnectorConfigurationDocument document)
    {
        foreach (var connector in document.Connectors)
        {
            if (connector.Jira.ApiToken is { } token)
            {
                yield return token;
            }

            if (connector.Esm.WebApiPassword is { } password)
            {
                yield return password;
            }
        }
    }
}
