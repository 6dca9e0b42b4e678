using System.Diagnostics.CodeAnalysis;

namespace Matrix42.JiraConnector.Esm;

/// <summary>One attribute of a card as read: its code, display name, type and values.</summary>
/// <param name="Code">The attribute code.</param>
/// <param name="Name">The display name, when given.</param>
/// <param name="Type">The type as the service names it (<c>string</c>, <c>static-value</c>, ...).</param>
/// <param name="Values">The values; empty when the attribute is empty or not readable.</param>
[SuppressMessage("Naming", "CA1711", Justification = "Attribute is the ESM term for a card field.")]
public sealed record EsmAttribute(string Code, string? Name, string? Type, IReadOnlyList<EsmValue> Values);
