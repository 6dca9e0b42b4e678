namespace Matrix42.JiraConnector.Conventions.Tests;

/// <summary>One <c>[LoggerMessage]</c> method found in the sources.</summary>
/// <param name="Id">The event id.</param>
/// <param name="Name">The method name.</param>
/// <param name="Level">The level name, or <see langword="null"/> when the caller passes the level.</param>
/// <param name="Fields">The placeholders of the message template.</param>
/// <param name="Location">File and line, for failure messages.</param>
internal sealed record LoggerEvent(int Id, string Name, string? Level, IReadOnlyList<string> Fields, string Location);
