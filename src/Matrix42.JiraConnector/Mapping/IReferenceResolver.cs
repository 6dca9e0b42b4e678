using System.Diagnostics.CodeAnalysis;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// Turns a Jira key (account id, e-mail, group id, ...) into the data card id of an existing ESM card, through
/// indexes the caller built once per run; never one query per value.
/// </summary>
public interface IReferenceResolver
{
    /// <summary>Looks a key up in a named index.</summary>
    /// <param name="index">The index name from the mapping's <c>referenceIndex</c>.</param>
    /// <param name="key">The Jira value.</param>
    /// <param name="dataCardId">The data card id when found.</param>
    /// <returns>Whether the key was found.</returns>
    bool TryResolve(string index, string key, [NotNullWhen(true)] out string? dataCardId);
}
