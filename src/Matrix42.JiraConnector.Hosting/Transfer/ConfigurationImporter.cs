using System.Globalization;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Configuration.Sealing;

namespace Matrix42.JiraConnector.Hosting.Transfer;

/// <summary>
/// Merges an exported connector document into the current one. Connectors keep their ids; a connector with a
/// known id merges into it (tasks matched by id); an imported connector that would share the Jira site and ESM
/// address of a connector with another id is refused as a probable duplicate unless forced. The result is
/// validated offline and, when a check is given, online; the current document is never changed, so a refused
/// import leaves nothing behind.
/// </summary>
public sealed class ConfigurationImporter(IConfigurationImportCheck? onlineCheck = null)
{
    /// <summary>Computes the document that results from importing <paramref name="exportJson"/>.</summary>
    /// <param name="current">The document in force; not changed.</param>
    /// <param name="exportJson">The exported document.</param>
    /// <param name="password">The export password; needed only when the export holds sealed secrets.</param>
    /// <param name="force">Imports probable duplicates as new connectors.</param>
    /// <param name="cancellationToken">Cancels the online check.</param>
    /// <returns>The merged document, ready to be saved and put in force.</returns>
    /// <exception cref="ConfigurationFormatException">The JSON is malformed or of another format version.</exception>
    /// <exception cref="ConfigurationImportException">
    /// Wrong or missing password, tampered secret, probable duplicate, invalid result or failed online check.
    /// </exception>
    public async Task<ConnectorConfigurationDocument> MergeAsync(
        ConnectorConfigurationDocument current,
        string exportJson,
        string? password,
        bool force = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        var imported = Open(ConnectorConfigurationSerializer.FromJson(exportJson), password);
        var merged = ConnectorConfigurationSerializer.Clone(current);

        var problems = new List<string>();
        foreach (var connector in imported.Connectors)
        {
            MergeConnector(merged, connector);
        }

        if (!force)
        {
            FindDuplicates(merged, imported, problems);
        }

        problems.AddRange(ConfigurationValidator.Validate(merged).Problems.Select(p => p.ToString()));
        if (problems.Count == 0 && onlineCheck is not null)
        {
            problems.AddRange(await onlineCheck.FindProblemsAsync(merged, cancellationToken).ConfigureAwait(false));
        }

        return problems.Count == 0
            ? merged
            : throw new ConfigurationImportException("The import was refused and nothing was changed.", problems);
    }

    private static ConnectorConfigurationDocument Open(ConnectorConfigurationDocument imported, string? password)
    {
        if (password is null)
        {
            // Without the password the sealed values would be carried over unopened and unusable.
            var isSealed = imported.Connectors.Any(c =>
                c.Jira?.ApiToken?.Kind == SecretKind.Sealed || c.Esm?.WebApiPassword?.Kind == SecretKind.Sealed);
            return isSealed
                ? throw new ConfigurationImportException(
                    "The export holds sealed secrets; give its export password to import it.")
                : imported;
        }

        try
        {
            return ConfigurationExport.Unseal(imported, password);
        }
        catch (SecretSealingException ex)
        {
            // The sealing layer tells a wrong password from an altered or moved value; keep its words.
            throw new ConfigurationImportException($"The sealed secrets could not be opened: {ex.Message}", ex);
        }
    }

    // Checked on the merged result, so a known connector moved onto another one's systems counts too, and
    // connectors that swap their addresses in one import do not trip over each other's old ones.
    private static void FindDuplicates(
        ConnectorConfigurationDocument merged, ConnectorConfigurationDocument imported, List<string> problems)
    {
        var reported = new HashSet<string?>(StringComparer.Ordinal);
        foreach (var incoming in imported.Connectors)
        {
            var twin = merged.Connectors.FirstOrDefault(c => c.Id != incoming.Id && SameEndpoints(c, incoming));
            if (twin is not null && !reported.Contains(twin.Id))
            {
                reported.Add(incoming.Id);
                problems.Add($"Connector '{incoming.Id}' uses the same Jira site and ESM address as connector "
                             + $"'{twin.Id}'; it is probably a duplicate. Import with force to add it anyway.");
            }
        }
    }

    private static void MergeConnector(ConnectorConfigurationDocument merged, ConnectorDefinition incoming)
    {
        var existing = merged.Connectors.FirstOrDefault(c => c.Id == incoming.Id);
        if (existing is null)
        {
            merged.Connectors.Add(incoming);
            return;
        }

        existing.Name = incoming.Name;
        existing.EnvironmentType = incoming.EnvironmentType;
        existing.Jira = incoming.Jira;
        existing.Esm = incoming.Esm;
        MergeById(existing.ScheduledTasks, incoming.ScheduledTasks, t => t.Id);
        MergeById(existing.EventTasks, incoming.EventTasks, t => t.Id);
    }

    private static void MergeById<T>(IList<T> target, IEnumerable<T> incoming, Func<T, string?> id)
    {
        foreach (var item in incoming)
        {
            var index = target.ToList().FindIndex(t => id(t) == id(item));
            if (index >= 0)
            {
                target[index] = item;
            }
            else
            {
                target.Add(item);
            }
        }
    }

    private static bool SameEndpoints(ConnectorDefinition a, ConnectorDefinition b) =>
        SameUrl(a.Jira?.SiteUrl, b.Jira?.SiteUrl) && SameUrl(a.Esm?.BaseUrl, b.Esm?.BaseUrl);

    private static bool SameUrl(string? a, string? b) =>
        Comparable(a) is { } left && Comparable(b) is { } right
        && string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    // One address may be spelled several ways: host case, a default port, a root trailing dot or slash.
    private static string? Comparable(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var text = url.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return text.TrimEnd('/');
        }

        var host = uri.IdnHost.TrimEnd('.');
        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        return $"{uri.Scheme}://{host}{port}{uri.AbsolutePath.TrimEnd('/')}";
    }
}
