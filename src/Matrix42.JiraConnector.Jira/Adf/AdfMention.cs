namespace Matrix42.JiraConnector.Jira.Adf;

/// <summary>A <c>mention</c> node of an ADF document.</summary>
/// <param name="AccountId">The mentioned user's account id (<c>attrs.id</c>).</param>
/// <param name="Text">The rendered text, such as <c>@Alice</c> (<c>attrs.text</c>); may be null.</param>
public sealed record AdfMention(string AccountId, string? Text);
