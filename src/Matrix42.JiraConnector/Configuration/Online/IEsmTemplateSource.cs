using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// The ESM call online validation needs: a template definition. The host implements it over
/// <see cref="IEsmClient.GetTemplateAsync"/> (mapping "not found" to <see langword="null"/>); tests use fakes.
/// </summary>
public interface IEsmTemplateSource
{
    /// <summary>Reads a template definition (<c>GET /dc/{templateCode}</c>).</summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template, or <see langword="null"/> when it does not exist.</returns>
    Task<EsmTemplate?> GetTemplateAsync(string templateCode, CancellationToken cancellationToken = default);
}
