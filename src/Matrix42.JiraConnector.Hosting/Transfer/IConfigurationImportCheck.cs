using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Hosting.Transfer;

/// <summary>
/// An online check of a document about to be imported, for example that the ESM templates and attributes its
/// tasks name exist; <see cref="OnlineImportCheck"/> is the ready-made one.
/// </summary>
public interface IConfigurationImportCheck
{
    /// <summary>Lists what the document refers to but the services lack.</summary>
    /// <param name="document">The merged document that would be in force after the import.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>One line per missing template, attribute or other problem; empty when all is well.</returns>
    Task<IReadOnlyList<string>> FindProblemsAsync(
        ConnectorConfigurationDocument document, CancellationToken cancellationToken = default);
}
