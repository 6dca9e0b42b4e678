namespace Matrix42.JiraConnector.Esm;

/// <summary>One entry of the template list.</summary>
/// <param name="TemplateCode">The template code.</param>
/// <param name="Name">The display name.</param>
public sealed record EsmTemplateInfo(string TemplateCode, string? Name);
