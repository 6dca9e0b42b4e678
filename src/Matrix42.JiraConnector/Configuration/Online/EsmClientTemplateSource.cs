using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// Online validation's view of ESM, read through the ESM client: template definitions, with a template that
/// does not exist answered as <see langword="null"/> so validation can name it.
/// </summary>
/// <param name="esm">The client of the connector being validated.</param>
public sealed class EsmClientTemplateSource(IEsmClient esm) : IEsmTemplateSource
{
    private readonly IEsmClient _esm = esm ?? throw new ArgumentNullException(nameof(esm));

    /// <inheritdoc />
    public async Task<EsmTemplate?> GetTemplateAsync(string templateCode, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _esm.GetTemplateAsync(templateCode, cancellationToken).ConfigureAwait(false);
        }
        catch (EsmNotFoundException)
        {
            return null;
        }
    }
}
