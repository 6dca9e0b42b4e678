namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// The result of a bulk import. Some items can be saved while others fail: check
/// <see cref="IsPartialFailure"/> and each item.
/// </summary>
/// <param name="Items">One result per request item, in request order.</param>
/// <param name="SavedCount">Cards the service reports as saved.</param>
/// <param name="NotSavedCount">Cards the service reports as not saved.</param>
public sealed record EsmBulkResult(IReadOnlyList<EsmBulkItemResult> Items, int SavedCount, int NotSavedCount)
{
    /// <summary>Gets a value indicating whether any item failed or reported errors.</summary>
    public bool IsPartialFailure => NotSavedCount > 0 || Items.Any(i => !i.Succeeded);
}
