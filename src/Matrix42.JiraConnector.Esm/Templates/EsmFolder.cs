namespace Matrix42.JiraConnector.Esm;

/// <summary>A folder a template's cards may be stored in.</summary>
/// <param name="FolderCode">The folder code.</param>
/// <param name="FolderName">The display name.</param>
public sealed record EsmFolder(string FolderCode, string? FolderName);
