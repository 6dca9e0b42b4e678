using System.Diagnostics.CodeAnalysis;

namespace Matrix42.JiraConnector.Esm;

/// <summary>The definition of one attribute in a template.</summary>
/// <param name="Code">The attribute code.</param>
/// <param name="Name">The display name.</param>
/// <param name="Type">The type as the service names it; the set of names is not documented and may be
/// finer than the value types (for example a separate worklog type).</param>
/// <param name="MultiValue">Whether the attribute holds several values.</param>
/// <param name="IsFile">Whether an external reference stores files.</param>
/// <param name="AllowedValues">The allowed static values; empty for other types.</param>
/// <param name="Targets">The template codes a reference may point to; empty for other types.</param>
[SuppressMessage("Naming", "CA1711", Justification = "Attribute is the ESM term for a card field.")]
public sealed record EsmTemplateAttribute(
    string Code,
    string? Name,
    string? Type,
    bool MultiValue,
    bool IsFile,
    IReadOnlyList<EsmStaticValueOption> AllowedValues,
    IReadOnlyList<string> Targets);
