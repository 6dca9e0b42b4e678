using System.Text.Json.Serialization;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// A password or token given inline, as the name of an environment variable, or sealed with an export
/// password. Exactly one of the three properties should be set. <see cref="ToString"/> never shows the secret.
/// </summary>
public sealed class SecretValue
{
    /// <summary>The secret itself, written in the configuration.</summary>
    /// <value>No default.</value>
    public string? Inline { get; set; }

    /// <summary>The name of the environment variable that holds the secret.</summary>
    /// <value>No default.</value>
    public string? EnvironmentVariable { get; set; }

    /// <summary>The sealed form written by <see cref="ConfigurationExport"/> in exported documents.</summary>
    /// <value>No default.</value>
    public string? Sealed { get; set; }

    /// <summary>Which form the secret takes; <see cref="SecretKind.None"/> when none or several are set.</summary>
    [JsonIgnore]
    public SecretKind Kind => (Inline, EnvironmentVariable, Sealed) switch
    {
        (not null, null, null) => SecretKind.Inline,
        (null, not null, null) => SecretKind.EnvironmentVariable,
        (null, null, not null) => SecretKind.Sealed,
        _ => SecretKind.None,
    };

    /// <summary>Whether more than one form is set, which validation reports as an error.</summary>
    [JsonIgnore]
    public bool IsAmbiguous =>
        (Inline is null ? 0 : 1) + (EnvironmentVariable is null ? 0 : 1) + (Sealed is null ? 0 : 1) > 1;

    /// <summary>Creates a secret given inline.</summary>
    /// <param name="secret">The secret.</param>
    /// <returns>The secret value.</returns>
    public static SecretValue FromInline(string secret) => new() { Inline = secret };

    /// <summary>Creates a reference to an environment variable.</summary>
    /// <param name="variableName">The variable's name.</param>
    /// <returns>The secret value.</returns>
    public static SecretValue FromEnvironmentVariable(string variableName) =>
        new() { EnvironmentVariable = variableName };

    /// <summary>
    /// Returns the secret in clear text: the inline value, or the environment variable's value.
    /// </summary>
    /// <param name="environmentLookup">
    /// Reads an environment variable; defaults to the process environment. Tests pass their own.
    /// </param>
    /// <returns>The secret.</returns>
    /// <exception cref="InvalidOperationException">
    /// The secret is sealed, missing, ambiguous, or its environment variable is not set. The message names
    /// the variable but never the secret.
    /// </exception>
    public string Reveal(Func<string, string?>? environmentLookup = null)
    {
        switch (Kind)
        {
            case SecretKind.Inline:
                return Inline!;

            case SecretKind.EnvironmentVariable:
                var lookup = environmentLookup ?? System.Environment.GetEnvironmentVariable;
                return lookup(EnvironmentVariable!) ?? throw new InvalidOperationException(
                    $"The environment variable '{EnvironmentVariable}' that should hold the secret is not set.");

            case SecretKind.Sealed:
                throw new InvalidOperationException(
                    "The secret is sealed; unseal the document with its export password first.");

            default:
                throw new InvalidOperationException(
                    "The secret must be given in exactly one form: inline, environment variable or sealed.");
        }
    }

    /// <summary>Describes the secret's form without showing it.</summary>
    /// <returns>For example <c>env:JIRA_TOKEN</c>, <c>inline:***</c> or <c>sealed:***</c>.</returns>
    public override string ToString() => Kind switch
    {
        SecretKind.Inline => "inline:***",
        SecretKind.EnvironmentVariable => "env:" + EnvironmentVariable,
        SecretKind.Sealed => "sealed:***",
        _ => "(none)",
    };
}
