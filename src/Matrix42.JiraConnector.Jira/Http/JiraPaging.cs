using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Matrix42.JiraConnector.Jira.Wire;

namespace Matrix42.JiraConnector.Jira;

/// <summary>
/// The offset-based paging models of Jira. Each ends only on that model's own end signal, advances by
/// what was actually received (servers may clamp page sizes), returns each item once, and stops at the
/// page cap with <see cref="JiraPagingException"/> rather than looping forever.
/// </summary>
internal static class JiraPaging
{
    /// <summary>Envelope paging (<c>values</c>, <c>isLast</c>, <c>total</c>).</summary>
    public static IAsyncEnumerable<T> EnvelopeAsync<T>(
        JiraHttp http, Func<int, JiraCall> callAt, JsonTypeInfo<PageBean<T>> typeInfo, Func<T, string?> idOf,
        CancellationToken cancellationToken) =>
        PagesAsync(http, callAt, typeInfo, (page, startAt) =>
        {
            var values = page.Values ?? [];
            var reachedTotal = page.IsLast is null && page.Total is { } total && startAt + values.Count >= total;
            return (values, values.Count == 0 || page.IsLast == true || reachedTotal);
        }, idOf, cancellationToken);

    /// <summary>Bare-array paging: only an empty page ends it.</summary>
    public static IAsyncEnumerable<T> BareArrayAsync<T>(
        JiraHttp http, Func<int, JiraCall> callAt, JsonTypeInfo<List<T>> typeInfo, Func<T, string?> idOf,
        CancellationToken cancellationToken) =>
        PagesAsync(http, callAt, typeInfo, (values, _) => (values, values.Count == 0), idOf, cancellationToken);

    /// <summary>Paging with a custom envelope: ends when <c>total</c> is reached or a page is empty.</summary>
    public static IAsyncEnumerable<T> TotalAsync<TPage, T>(
        JiraHttp http, Func<int, JiraCall> callAt, JsonTypeInfo<TPage> typeInfo,
        Func<TPage, (IReadOnlyList<T>? Items, long? Total)> read, Func<T, string?> idOf,
        CancellationToken cancellationToken) =>
        PagesAsync(http, callAt, typeInfo, (page, startAt) =>
        {
            var (items, total) = read(page);
            items ??= [];
            return (items, items.Count == 0 || total is null || startAt + items.Count >= total);
        }, idOf, cancellationToken);

    public static void CheckCap(JiraHttp http, int page, string apiPath)
    {
        if (page > http.Options.MaxPagesPerCall)
        {
            var problem = $"more than {http.Options.MaxPagesPerCall} pages (MaxPagesPerCall)";
            JiraLog.PagingAnomaly(http.Logger, "/" + apiPath, problem);
            throw new JiraPagingException($"Paging of /{apiPath} stopped after {problem}; the result is incomplete.");
        }
    }

    // The loop every model shares; a model only says, from a page and the offset it started at, which items
    // the page holds and whether it was the last one.
    private static async IAsyncEnumerable<T> PagesAsync<TPage, T>(
        JiraHttp http, Func<int, JiraCall> callAt, JsonTypeInfo<TPage> typeInfo,
        Func<TPage, int, (IReadOnlyList<T> Items, bool Last)> readPage,
        Func<T, string?> idOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var startAt = 0;
        for (var pages = 1; ; pages++)
        {
            var call = callAt(startAt);
            CheckCap(http, pages, call.Path);
            var page = await http.SendAsync(call, typeInfo, cancellationToken).ConfigureAwait(false);
            var (items, last) = readPage(page, startAt);
            foreach (var item in items.Where(v => v is not null && Fresh(seen, idOf(v))))
            {
                yield return item;
            }

            startAt += items.Count;
            if (last)
            {
                yield break;
            }
        }
    }

    // Items without an id cannot be de-duplicated; they are all kept. A null item (a damaged page) is skipped
    // but still counts towards the offset, because it occupied a slot of the page.
    private static bool Fresh(HashSet<string> seen, string? id) => id is null || seen.Add(id);
}
