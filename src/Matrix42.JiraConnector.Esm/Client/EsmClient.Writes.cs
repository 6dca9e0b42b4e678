using System.Net;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Writing cards: create, modify, bulk import and trash.</summary>
public sealed partial class EsmClient
{
    /// <inheritdoc />
    public async Task<EsmWriteResult> CreateAsync(
        string templateCode, string folderCode, EsmAttributeSet data, CancellationToken cancellationToken = default)
    {
        using var activity = EsmTelemetry.Start("CreateAsync", templateCode);
        EsmCodes.RequireTemplateCode(templateCode, nameof(templateCode));
        ArgumentException.ThrowIfNullOrWhiteSpace(folderCode);
        ArgumentNullException.ThrowIfNull(data);

        var url = Url(DataPath(templateCode));
        var json = await ReadJsonAsync(
            () => new HttpRequestMessage(HttpMethod.Post, url) { Content = EsmRequestBodies.Create(folderCode, data) },
            EsmCallKind.Create,
            cancellationToken).ConfigureAwait(false);

        // Without an id nobody can tell which card was made, so the outcome counts as unknown.
        var id = EsmResultReader.ReadWrittenId(json);
        if (!EsmCodes.TryParseId(id, out _))
        {
            throw new EsmUnknownOutcomeException(
                $"ESM accepted the create in template '{templateCode}' but returned no dataCardId.");
        }

        return Result(templateCode, id!, created: true, EsmResultReader.ReadAttributeErrors(json));
    }

    /// <inheritdoc />
    public async Task<EsmWriteResult> ModifyAsync(
        string templateCode,
        string dataCardId,
        EsmAttributeSet data,
        string? folderCode = null,
        CancellationToken cancellationToken = default)
    {
        using var activity = EsmTelemetry.Start("ModifyAsync", templateCode);
        EsmCodes.RequireTemplateCode(templateCode, nameof(templateCode));
        EsmCodes.RequireDataCardId(dataCardId, nameof(dataCardId));
        ArgumentNullException.ThrowIfNull(data);

        var url = Url(CardPath(templateCode, dataCardId));
        var json = await ReadJsonAsync(
            () => new HttpRequestMessage(HttpMethod.Patch, url)
            {
                Content = EsmRequestBodies.Modify(dataCardId, folderCode, data),
            },
            EsmCallKind.Write,
            cancellationToken).ConfigureAwait(false);

        var id = EsmResultReader.ReadWrittenId(json) ?? dataCardId;
        return Result(templateCode, id, created: false, EsmResultReader.ReadAttributeErrors(json));
    }

    /// <inheritdoc />
    public async Task<EsmBulkResult> BulkImportAsync(
        string templateCode, IReadOnlyList<EsmBulkItem> items, CancellationToken cancellationToken = default)
    {
        using var activity = EsmTelemetry.Start("BulkImportAsync", templateCode);
        EsmCodes.RequireTemplateCode(templateCode, nameof(templateCode));
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return new EsmBulkResult([], 0, 0);
        }

        var url = Url(DataPath(templateCode));
        var json = await ReadJsonAsync(
            () => new HttpRequestMessage(HttpMethod.Put, url) { Content = EsmRequestBodies.Bulk(items) },
            EsmCallKind.Create,
            cancellationToken).ConfigureAwait(false);

        var result = EsmResultReader.ReadBulk(json, items.Count);
        if (result.IsPartialFailure)
        {
            EsmLog.BulkPartialFailure(Logger, templateCode, result.Items.Count(i => !i.Succeeded), items.Count);
        }

        return result;
    }

    /// <inheritdoc />
    public async Task<EsmTrashOutcome> TrashAsync(
        string templateCode, string dataCardId, CancellationToken cancellationToken = default)
    {
        using var activity = EsmTelemetry.Start("TrashAsync", templateCode);
        EsmCodes.RequireTemplateCode(templateCode, nameof(templateCode));
        EsmCodes.RequireDataCardId(dataCardId, nameof(dataCardId));

        var url = Url(CardPath(templateCode, dataCardId));
        using var response = await _connection.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Delete, url), EsmCallKind.Write, cancellationToken)
            .ConfigureAwait(false);

        // 409 is how ESM says the card is in the trash already: the wanted state holds.
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            EsmLog.AlreadyInTrash(Logger, dataCardId, templateCode);
            return EsmTrashOutcome.AlreadyInTrash;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await _connection.FailureAsync(response, EsmCallKind.Write, cancellationToken).ConfigureAwait(false);
        }

        return EsmTrashOutcome.Trashed;
    }

    private EsmWriteResult Result(
        string templateCode, string dataCardId, bool created, IReadOnlyList<EsmAttributeError> errors)
    {
        if (errors.Count > 0)
        {
            EsmLog.WritePartialFailure(Logger, dataCardId, templateCode, errors.Count);
        }

        return new EsmWriteResult(dataCardId, created, errors);
    }
}
