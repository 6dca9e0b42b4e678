namespace Matrix42.JiraConnector.Jira;

/// <summary>Argument checks shared by the operation groups.</summary>
internal static class Guard
{
    /// <summary>Returns the value, or throws naming the parameter when it is null, empty or blank.</summary>
    public static string Text(string? value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
