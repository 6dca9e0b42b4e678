namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// The ESM call online validation needs: a template definition. Implemented over the ESM client by the host,
/// and by in-memory fakes in tests.
/// </summary>
public interface IEsmTemplateSource
{
    /// <summary>Reads a template definition (<c>GET /dc/{templateCode}</c>).</summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template, or <see langword="null"/> when it does not exist.</returns>
    Task<EsmTemplateInfo?> GetTemplateAsync(string templateCode, CancellationToken cancellationToken = default);
}
