namespace Matrix42.JiraConnector.Testing.Generation;

/// <summary>What <see cref="JiraDataGenerator"/> created, including the administrator account to call the
/// site with.</summary>
public sealed class JiraGenerationResult
{
    internal JiraGenerationResult(
        string adminEmail, string adminToken, string adminAccountId, IReadOnlyList<string> projectKeys)
    {
        AdminEmail = adminEmail;
        AdminToken = adminToken;
        AdminAccountId = adminAccountId;
        ProjectKeys = projectKeys;
    }

    /// <summary>The administrator's e-mail (the Basic user name).</summary>
    public string AdminEmail { get; }

    /// <summary>The administrator's API token.</summary>
    public string AdminToken { get; }

    /// <summary>The administrator's account id.</summary>
    public string AdminAccountId { get; }

    /// <summary>The keys of the generated projects.</summary>
    public IReadOnlyList<string> ProjectKeys { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Generated site: admin account {AdminAccountId}, projects {string.Join(", ", ProjectKeys)}";
}
