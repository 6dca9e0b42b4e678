namespace Matrix42.JiraConnector.Esm;

/// <summary>Templates: the list and cached definitions.</summary>
public sealed partial class EsmClient
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<EsmTemplateInfo>> GetTemplatesAsync(
        CancellationToken cancellationToken = default)
    {
        using var activity = EsmTelemetry.Start("GetTemplatesAsync");
        var url = Url("/dc");
        var json = await ReadJsonAsync(() => Get(url), EsmCallKind.Read, cancellationToken).ConfigureAwait(false);
        return EsmTemplateReader.ReadList(json);
    }

    /// <inheritdoc />
    public async Task<EsmTemplate> GetTemplateAsync(string templateCode, CancellationToken cancellationToken = default)
    {
        EsmCodes.RequireTemplateCode(templateCode, nameof(templateCode));
        var now = _connection.TimeProvider.GetUtcNow();
        if (_templates.TryGetValue(templateCode, out var cached) && now < cached.ValidUntil)
        {
            return cached.Template;
        }

        var path = $"/dc/{Uri.EscapeDataString(templateCode)}";
        var json = await ReadJsonAsync(() => Get(Url(path)), EsmCallKind.Read, cancellationToken).ConfigureAwait(false);
        var template = EsmTemplateReader.ReadTemplate(templateCode, json);
        _templates[templateCode] = new CachedTemplate(template, now + _connection.Options.TemplateCacheDuration);
        return template;
    }

    // Refuses attribute codes the template does not define, before ESM turns a typo into an empty
    // (or, for "<>", a too large) result. A definition without attributes is not checked against.
    private static void RequireKnownAttributes(EsmTemplate template, IEnumerable<string> codes, string parameterName)
    {
        if (template.Attributes.Count == 0)
        {
            return;
        }

        var unknown = codes.Where(c => !template.Attributes.ContainsKey(c)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException(
                $"Template '{template.Code}' defines no attribute {string.Join(", ", unknown.Select(c => $"'{c}'"))}.",
                parameterName);
        }
    }
}
