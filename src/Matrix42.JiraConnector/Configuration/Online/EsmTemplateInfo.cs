namespace Matrix42.JiraConnector.Configuration;

/// <summary>An ESM template definition: allowed folders and attributes.</summary>
/// <param name="Code">The template code.</param>
/// <param name="FolderCodes">The folders cards of this template may live in.</param>
/// <param name="Attributes">The attributes by code (case-insensitive lookup is up to the caller's dictionary).</param>
public sealed record EsmTemplateInfo(string Code, IReadOnlyList<string> FolderCodes,
    IReadOnlyDictionary<string, EsmAttributeInfo> Attributes);
