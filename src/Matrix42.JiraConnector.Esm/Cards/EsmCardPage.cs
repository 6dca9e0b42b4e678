namespace Matrix42.JiraConnector.Esm;

/// <summary>One page of a query, in descending id order.</summary>
/// <param name="Cards">The cards of the page.</param>
/// <param name="NextBelowDataCardId">The id to resume below (the page's lowest id); null on the last
/// page.</param>
public sealed record EsmCardPage(IReadOnlyList<EsmCard> Cards, string? NextBelowDataCardId)
{
    /// <summary>Gets a value indicating whether this is the last page.</summary>
    public bool IsLast => NextBelowDataCardId is null;
}
