namespace Matrix42.JiraConnector.Esm;

/// <summary>A template definition: its attributes and allowed folders.</summary>
/// <param name="Code">The template code.</param>
/// <param name="Name">The display name.</param>
/// <param name="AllowedFolders">The folders cards of this template may live in.</param>
/// <param name="Attributes">The attribute definitions by code.</param>
public sealed record EsmTemplate(
    string Code,
    string? Name,
    IReadOnlyList<EsmFolder> AllowedFolders,
    IReadOnlyDictionary<string, EsmTemplateAttribute> Attributes);
