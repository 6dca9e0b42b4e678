using System.Text.Json;

namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// A value of an attribute type the client does not know, or whose shape did not match its type.
/// Writing sends <see cref="Json"/> unchanged.
/// </summary>
public sealed record EsmRawValue : EsmValue
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="type">The attribute type the service named, if any.</param>
    /// <param name="json">The value's JSON; it is cloned.</param>
    public EsmRawValue(string? type, JsonElement json)
    {
        Type = type;
        Json = json.Clone();
    }

    /// <summary>Gets the attribute type the service named, if any.</summary>
    public string? Type { get; }

    /// <summary>Gets the value's JSON as received.</summary>
    public JsonElement Json { get; }
}
