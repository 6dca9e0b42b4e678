namespace Matrix42.JiraConnector.Esm;

/// <summary>Attribute-level writes: replace, add values, clear.</summary>
public sealed partial class EsmClient
{
    /// <inheritdoc />
    public Task ReplaceAttributeAsync(
        string templateCode,
        string dataCardId,
        string attributeCode,
        IReadOnlyList<EsmValue> values,
        CancellationToken cancellationToken = default) =>
        WriteAttributeAsync(HttpMethod.Put, EsmCallKind.Write, templateCode, dataCardId, attributeCode, values,
            cancellationToken);

    /// <inheritdoc />
    public Task AddAttributeValuesAsync(
        string templateCode,
        string dataCardId,
        string attributeCode,
        IReadOnlyList<EsmValue> values,
        CancellationToken cancellationToken = default) =>
        // Adding twice would add twice (two comments), so an add is classed with the creates.
        WriteAttributeAsync(HttpMethod.Post, EsmCallKind.Create, templateCode, dataCardId, attributeCode, values,
            cancellationToken);

    /// <inheritdoc />
    public Task ClearAttributeAsync(
        string templateCode, string dataCardId, string attributeCode, CancellationToken cancellationToken = default) =>
        WriteAttributeAsync(HttpMethod.Delete, EsmCallKind.Write, templateCode, dataCardId, attributeCode, null,
            cancellationToken);

    private async Task WriteAttributeAsync(
        HttpMethod method,
        EsmCallKind kind,
        string templateCode,
        string dataCardId,
        string attributeCode,
        IReadOnlyList<EsmValue>? values,
        CancellationToken cancellationToken)
    {
        var operation = method == HttpMethod.Put ? nameof(ReplaceAttributeAsync)
            : method == HttpMethod.Post ? nameof(AddAttributeValuesAsync)
            : nameof(ClearAttributeAsync);
        using var activity = EsmTelemetry.Start(operation, templateCode);
        EsmCodes.RequireTemplateCode(templateCode, nameof(templateCode));
        EsmCodes.RequireDataCardId(dataCardId, nameof(dataCardId));
        EsmCodes.RequireAttributeCode(attributeCode, nameof(attributeCode));
        if (method != HttpMethod.Delete)
        {
            ArgumentNullException.ThrowIfNull(values);
            if (values.Any(v => v is null))
            {
                throw new ArgumentException("The values contain null.", nameof(values));
            }
        }

        var url = Url(AttributePath(templateCode, dataCardId, attributeCode));
        using var response = await _connection.SendCheckedAsync(
            () => new HttpRequestMessage(method, url)
            {
                Content = values is null ? null : EsmRequestBodies.Values(values),
            },
            kind,
            cancellationToken).ConfigureAwait(false);
    }
}
