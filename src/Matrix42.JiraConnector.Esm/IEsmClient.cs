namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// A client of one ESM (Matrix42 Pro / IGA) REST API v1 tenant. Logs in and renews its token by
/// itself; safe for concurrent use.
/// </summary>
public interface IEsmClient
{
    /// <summary>Checks that the tenant answers and the credentials work (<c>GET /echo/jwt</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the check passed.</returns>
    /// <exception cref="EsmAuthenticationException">The login was refused.</exception>
    /// <exception cref="EsmApiException">The tenant answered with an error.</exception>
    Task CheckConnectionAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists the templates the user may see.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The templates.</returns>
    Task<IReadOnlyList<EsmTemplateInfo>> GetTemplatesAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads a template definition; definitions are cached
    /// (<see cref="EsmClientOptions.TemplateCacheDuration"/>).</summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="EsmNotFoundException">The template does not exist.</exception>
    Task<EsmTemplate> GetTemplateAsync(string templateCode, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the cards matching a condition, newest (highest id) first, reading page by page with
    /// <c>filterId</c> until a page is shorter than <paramref name="pageSize"/>.
    /// </summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="filter">The condition; null for all cards.</param>
    /// <param name="attributes">The attribute codes to read; null or empty for all.</param>
    /// <param name="pageSize">Cards per page, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The cards.</returns>
    /// <exception cref="EsmNotFoundException">The template does not exist.</exception>
    /// <exception cref="EsmPagingException">The ids did not decrease from page to page.</exception>
    IAsyncEnumerable<EsmCard> QueryAsync(
        string templateCode,
        EsmFilter? filter = null,
        IReadOnlyCollection<string>? attributes = null,
        int pageSize = 200,
        CancellationToken cancellationToken = default);

    /// <summary>Streams the pages of a query; a page's <see cref="EsmCardPage.NextBelowDataCardId"/>
    /// resumes the query later.</summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="filter">The condition; null for all cards.</param>
    /// <param name="attributes">The attribute codes to read; null or empty for all.</param>
    /// <param name="pageSize">Cards per page, 1 to 200.</param>
    /// <param name="belowDataCardId">Start below this id; null to start at the newest card.</param>
    /// <param name="cancellationToken">Cancels the stream.</param>
    /// <returns>The pages.</returns>
    IAsyncEnumerable<EsmCardPage> QueryPagesAsync(
        string templateCode,
        EsmFilter? filter = null,
        IReadOnlyCollection<string>? attributes = null,
        int pageSize = 200,
        string? belowDataCardId = null,
        CancellationToken cancellationToken = default);

    /// <summary>Reads one card.</summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="dataCardId">The card id.</param>
    /// <param name="attributes">The attribute codes to read; null or empty for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card, or null when no such card exists in the (existing) template.</returns>
    /// <exception cref="EsmNotFoundException">The template does not exist.</exception>
    Task<EsmCard?> GetCardAsync(
        string templateCode,
        string dataCardId,
        IReadOnlyCollection<string>? attributes = null,
        CancellationToken cancellationToken = default);

    /// <summary>Creates a card (<c>POST</c>). Never retried after a timeout or dropped connection.</summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="folderCode">The folder for the card.</param>
    /// <param name="data">The attribute values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new card's id, flagged as a partial failure when attributes were refused.</returns>
    /// <exception cref="EsmUnknownOutcomeException">The card may or may not have been created.</exception>
    Task<EsmWriteResult> CreateAsync(
        string templateCode, string folderCode, EsmAttributeSet data, CancellationToken cancellationToken = default);

    /// <summary>Modifies a card (<c>PATCH</c>); only the given attributes are sent.</summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="dataCardId">The card id.</param>
    /// <param name="data">The attribute values to change.</param>
    /// <param name="folderCode">A folder to move the card to; null to leave it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, flagged as a partial failure when attributes were refused.</returns>
    Task<EsmWriteResult> ModifyAsync(
        string templateCode,
        string dataCardId,
        EsmAttributeSet data,
        string? folderCode = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or modifies a card found by a key attribute: one match is modified, none creates a
    /// card, several raise <see cref="EsmConflictException"/>. When a create's answer is lost, the key
    /// is queried again before any second create, so a lost answer never makes two cards.
    /// </summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="folderCode">The folder for a new card.</param>
    /// <param name="matchAttribute">The key attribute, for example the Jira issue id.</param>
    /// <param name="matchValue">The key value; written into a new card when <paramref name="data"/>
    /// does not hold the key attribute.</param>
    /// <param name="data">The attribute values.</param>
    /// <param name="extraFilter">A further condition the match must meet, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result; <see cref="EsmWriteResult.Created"/> tells which way it went.</returns>
    Task<EsmWriteResult> UpsertAsync(
        string templateCode,
        string folderCode,
        string matchAttribute,
        string matchValue,
        EsmAttributeSet data,
        EsmFilter? extraFilter = null,
        CancellationToken cancellationToken = default);

    /// <summary>Creates and modifies many cards in one synchronous call (<c>PUT</c>); it counts as a
    /// create, so it is never retried after a timeout or dropped connection.</summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="items">The items.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Per-item results; check <see cref="EsmBulkResult.IsPartialFailure"/>.</returns>
    /// <exception cref="EsmUnknownOutcomeException">Some cards may or may not have been written.</exception>
    Task<EsmBulkResult> BulkImportAsync(
        string templateCode, IReadOnlyList<EsmBulkItem> items, CancellationToken cancellationToken = default);

    /// <summary>Replaces all values of one attribute (<c>PUT</c> on the attribute).</summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="dataCardId">The card id.</param>
    /// <param name="attributeCode">The attribute code.</param>
    /// <param name="values">The new values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the values were stored.</returns>
    Task ReplaceAttributeAsync(
        string templateCode,
        string dataCardId,
        string attributeCode,
        IReadOnlyList<EsmValue> values,
        CancellationToken cancellationToken = default);

    /// <summary>Adds values to an empty or multi-value attribute (<c>POST</c> on the attribute);
    /// adding a worklog entry is such an add. Not retried after a timeout.</summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="dataCardId">The card id.</param>
    /// <param name="attributeCode">The attribute code.</param>
    /// <param name="values">The values to add.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the values were added.</returns>
    /// <exception cref="EsmUnknownOutcomeException">The values may or may not have been added.</exception>
    Task AddAttributeValuesAsync(
        string templateCode,
        string dataCardId,
        string attributeCode,
        IReadOnlyList<EsmValue> values,
        CancellationToken cancellationToken = default);

    /// <summary>Empties an attribute (<c>DELETE</c> on the attribute).</summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="dataCardId">The card id.</param>
    /// <param name="attributeCode">The attribute code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the attribute is empty.</returns>
    Task ClearAttributeAsync(
        string templateCode, string dataCardId, string attributeCode, CancellationToken cancellationToken = default);

    /// <summary>Moves a card to the trash (<c>DELETE</c>); a card already there counts as success.</summary>
    /// <param name="templateCode">The template code.</param>
    /// <param name="dataCardId">The card id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the card was moved now or was already in the trash.</returns>
    Task<EsmTrashOutcome> TrashAsync(
        string templateCode, string dataCardId, CancellationToken cancellationToken = default);
}
