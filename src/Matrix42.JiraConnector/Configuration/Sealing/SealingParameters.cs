namespace Matrix42.JiraConnector.Configuration.Sealing;

/// <summary>
/// The readable header of a sealed export: how the key was derived from the password, and a check
/// block that tells a wrong password apart from a tampered secret.
/// </summary>
/// <param name="Algorithm">The cipher; always <c>AES-256-GCM</c>.</param>
/// <param name="Kdf">The key derivation; always <c>PBKDF2-SHA256</c>.</param>
/// <param name="Iterations">The PBKDF2 iteration count; at least <see cref="SecretSealer.MinimumIterations"/>.</param>
/// <param name="Salt">The random salt, Base64.</param>
/// <param name="Check">A known value sealed with the key, Base64; opening it proves the password.</param>
public sealed record SealingParameters(string Algorithm, string Kdf, int Iterations, string Salt, string Check);
