using System.Security.Cryptography;
using System.Text;

namespace Matrix42.JiraConnector.Configuration.Sealing;

/// <summary>
/// Seals and opens the secrets of an exported configuration with a password: AES-256-GCM under a key
/// derived by PBKDF2-SHA256 from the password and a random salt. Each sealed value binds the connector id
/// and the setting name as associated data, so a value moved to another connector or setting fails to open.
/// </summary>
/// <remarks>
/// One key is derived per document (600,000 iterations cost a noticeable fraction of a second), and every
/// value gets its own random nonce. The key lives only as long as the sealer; dispose it when done.
/// </remarks>
public sealed class SecretSealer : IDisposable
{
    /// <summary>The smallest PBKDF2 iteration count accepted for sealing and opening: 600,000.</summary>
    public const int MinimumIterations = 600_000;

    /// <summary>The shortest password accepted for sealing: 8 characters.</summary>
    public const int MinimumPasswordLength = 8;

    private const string AlgorithmName = "AES-256-GCM";
    private const string KdfName = "PBKDF2-SHA256";
    private const string ValuePrefix = "v1:";
    private const int SaltSize = 16;
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] CheckPlaintext = "matrix42-jiraconnector-password-check"u8.ToArray();

    private readonly AesGcm _aes;
    private readonly byte[] _salt;

    private SecretSealer(byte[] key, byte[] salt, int iterations)
    {
        _aes = new AesGcm(key, TagSize);
        CryptographicOperations.ZeroMemory(key);
        _salt = salt;
        Parameters = new SealingParameters(
            AlgorithmName,
            KdfName,
            iterations,
            Convert.ToBase64String(salt),
            Convert.ToBase64String(Encrypt(CheckPlaintext, CheckAssociatedData(salt))));
    }

    /// <summary>The readable header to store in the exported document beside the sealed values.</summary>
    public SealingParameters Parameters { get; }

    /// <summary>Creates a sealer for a new export: a fresh random salt and a key derived from the password.</summary>
    /// <param name="password">The export password; at least <see cref="MinimumPasswordLength"/> characters.</param>
    /// <param name="iterations">
    /// The PBKDF2 iteration count; default and minimum <see cref="MinimumIterations"/>.
    /// </param>
    /// <exception cref="SecretSealingException">The password is too short.</exception>
    public static SecretSealer CreateForExport(string password, int iterations = MinimumIterations)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinimumPasswordLength)
        {
            throw new SecretSealingException(
                SecretSealingFailure.WeakPassword,
                $"The export password must have at least {MinimumPasswordLength} characters.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinimumIterations);
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        return new SecretSealer(DeriveKey(password, salt, iterations), salt, iterations);
    }

    /// <summary>Opens an exported document's sealing with its password.</summary>
    /// <param name="password">The password the document was exported with.</param>
    /// <param name="parameters">The document's sealing header.</param>
    /// <exception cref="SecretSealingException">The header is not supported or the password is wrong.</exception>
    public static SecretSealer OpenForImport(string password, SealingParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Algorithm != AlgorithmName || parameters.Kdf != KdfName ||
            parameters.Iterations < MinimumIterations)
        {
            throw new SecretSealingException(
                SecretSealingFailure.UnsupportedFormat,
                $"Sealing '{parameters.Algorithm}' with '{parameters.Kdf}' and {parameters.Iterations} iterations " +
                $"is not supported; expected {AlgorithmName} with {KdfName} and at least {MinimumIterations}.");
        }

        var salt = DecodeBase64(parameters.Salt, "sealing salt");
        var check = DecodeBase64(parameters.Check, "sealing check block");
        var sealer = new SecretSealer(DeriveKey(password, salt, parameters.Iterations), salt, parameters.Iterations);
        if (!sealer.TryDecrypt(check, CheckAssociatedData(salt), out _))
        {
            sealer.Dispose();
            throw new SecretSealingException(
                SecretSealingFailure.WrongPassword,
                "The password does not open the sealed secrets of this document.");
        }

        return sealer;
    }

    /// <summary>Seals one secret of one connector.</summary>
    /// <param name="secret">The secret in clear text.</param>
    /// <param name="connectorId">The id of the connector that owns the secret.</param>
    /// <param name="settingName">The setting that holds the secret, e.g. <c>jira.apiToken</c>.</param>
    /// <returns>The sealed value: <c>v1:</c> followed by Base64 of nonce, cipher text and tag.</returns>
    public string Seal(string secret, string connectorId, string settingName)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var sealedBytes = Encrypt(Encoding.UTF8.GetBytes(secret), ValueAssociatedData(connectorId, settingName));
        return ValuePrefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>Opens one sealed secret.</summary>
    /// <param name="sealedValue">A value produced by <see cref="Seal"/>.</param>
    /// <param name="connectorId">The id of the connector the value is read for.</param>
    /// <param name="settingName">The setting the value is read for.</param>
    /// <returns>The secret in clear text.</returns>
    /// <exception cref="SecretSealingException">The value was altered, truncated or moved.</exception>
    public string Unseal(string sealedValue, string connectorId, string settingName)
    {
        ArgumentNullException.ThrowIfNull(sealedValue);
        if (!sealedValue.StartsWith(ValuePrefix, StringComparison.Ordinal))
        {
            throw new SecretSealingException(
                SecretSealingFailure.UnsupportedFormat,
                $"The sealed value of '{settingName}' in connector '{connectorId}' has an unknown format.");
        }

        var data = DecodeBase64(sealedValue[ValuePrefix.Length..], $"sealed value of '{settingName}'");
        if (!TryDecrypt(data, ValueAssociatedData(connectorId, settingName), out var plain))
        {
            throw new SecretSealingException(
                SecretSealingFailure.Tampered,
                $"The sealed value of '{settingName}' in connector '{connectorId}' was altered, truncated or " +
                "does not belong to this connector.");
        }

        return Encoding.UTF8.GetString(plain);
    }

    /// <inheritdoc />
    public void Dispose() => _aes.Dispose();

    private byte[] Encrypt(byte[] plain, byte[] associatedData)
    {
        var output = new byte[NonceSize + plain.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        _aes.Encrypt(
            nonce,
            plain,
            output.AsSpan(NonceSize, plain.Length),
            output.AsSpan(NonceSize + plain.Length, TagSize),
            associatedData);
        return output;
    }

    private bool TryDecrypt(byte[] data, byte[] associatedData, out byte[] plain)
    {
        plain = [];
        if (data.Length < NonceSize + TagSize)
        {
            return false;
        }

        var length = data.Length - NonceSize - TagSize;
        var result = new byte[length];
        try
        {
            _aes.Decrypt(
                data.AsSpan(0, NonceSize),
                data.AsSpan(NonceSize, length),
                data.AsSpan(NonceSize + length, TagSize),
                result,
                associatedData);
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }

        plain = result;
        return true;
    }

    private static byte[] DeriveKey(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(
            Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, KeySize);

    private static byte[] CheckAssociatedData(byte[] salt) =>
        Encoding.UTF8.GetBytes("m42jc/v1/check/" + Convert.ToBase64String(salt));

    private byte[] ValueAssociatedData(string connectorId, string settingName)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectorId);
        ArgumentException.ThrowIfNullOrEmpty(settingName);
        return Encoding.UTF8.GetBytes(
            $"m42jc/v1/{Convert.ToBase64String(_salt)}/{connectorId.Length}:{connectorId}/{settingName}");
    }

    private static byte[] DecodeBase64(string text, string what)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new SecretSealingException(SecretSealingFailure.Tampered, $"The {what} is not valid Base64.");
        }
    }
}
