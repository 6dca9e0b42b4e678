using Microsoft.Extensions.Configuration;

namespace Matrix42.JiraConnector.Hosting.Secrets;

/// <summary>
/// Reads a reference from a configuration section: <c>NAME</c> is the key <c>section:NAME</c>, and a double
/// underscore stands for the key separator as it does for environment variables (<c>Acme__Jira</c> is
/// <c>section:Acme:Jira</c>).
/// </summary>
internal sealed class ConfigurationSecretResolver : IConnectorSecretResolver, ISecretSourceDescription
{
    private readonly IConfiguration _section;
    private readonly string _sectionPath;

    public ConfigurationSecretResolver(IConfiguration section)
    {
        _section = section;
        _sectionPath = section is IConfigurationSection named ? named.Path : string.Empty;
    }

    public string? Resolve(string reference)
    {
        // An empty value counts as missing, as an unset variable would.
        var value = _section[ToKey(reference)];
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string DescribeSource(string reference)
    {
        var key = ToKey(reference);
        var path = _sectionPath.Length == 0 ? key : ConfigurationPath.Combine(_sectionPath, key);
        return $"in the configuration key '{path}'";
    }

    private static string ToKey(string reference) =>
        reference.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal);
}
