namespace Matrix42.JiraConnector.Testing.Jira.Model;

/// <summary>A user account of the fake site.</summary>
internal sealed class JiraUser
{
    public required string AccountId { get; init; }

    public string AccountType { get; set; } = "atlassian";

    public string DisplayName { get; set; } = string.Empty;

    public string? Email { get; set; }

    /// <summary>Whether the profile lets other callers see the e-mail address.</summary>
    public bool EmailVisible { get; set; } = true;

    public bool Active { get; set; } = true;

    public string? TimeZone { get; set; }

    public string Locale { get; set; } = "en_US";

    /// <summary>The API token accepted for Basic authentication, if this account may call the site.</summary>
    public string? ApiToken { get; set; }

    public bool IsAdmin { get; set; }

    /// <summary>Insertion order, which the user list endpoints page over.</summary>
    public long Order { get; set; }

    /// <summary>When an account created through the API shows up in the user lists; null once it does.</summary>
    public DateTimeOffset? ListedAt { get; set; }
}
