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
    public static async IAsyncEnumerable<T> EnvelopeAsync<T>(
        JiraHttp http, Func<int, JiraCall> callAt, JsonTypeInfo<PageBean<T>> typeInfo, Func<T, string?> idOf,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var startAt = 0;
        for (var pages = 1; ; pages++)
        {
            var call = callAt(startAt);
            CheckCap(http, pages, call.Path);
            var page = await http.SendAsync(call, typeInfo, cancellationToken).ConfigureAwait(false);
            var values = page.Values ?? [];
            foreach (var item in values.Where(v => v is not null && Fresh(seen, idOf(v))))
            {
                yield return item;
            }

            startAt += values.Count;
            var reachedTotal = page.IsLast is null && page.Total is { } total && startAt >= total;
            if (values.Count == 0 || page.IsLast == true || reachedTotal)
            {
                yield break;
            }
        }
    }

    /// <summary>Bare-array paging: only an empty page ends it.</summary>
    public static async IAsyncEnumerable<T> BareArrayAsync<T>(
        JiraHttp http, Func<int, JiraCall> callAt, JsonTypeInfo<List<T>> typeInfo, Func<T, string?> idOf,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var startAt = 0;
        for (var pages = 1; ; pages++)
        {
            var call = callAt(startAt);
            CheckCap(http, pages, call.Path);
            var values = await http.SendAsync(call, typeInfo, cancellationToken).ConfigureAwait(false);
            if (values.Count == 0)
            {
                yield break;
            }

            foreach (var item in values.Where(v => v is not null && Fresh(seen, idOf(v))))
            {
                yield return item;
            }

            startAt += values.Count;
        }
    }

    /// <summary>Paging with a custom envelope: ends when <c>total</c> is reached or a page is empty.</summary>
    public static async IAsyncEnumerable<T> TotalAsync<TPage, T>(
        JiraHttp http, Func<int, JiraCall> callAt, JsonTypeInfo<TPage> typeInfo,
        Func<TPage, (IReadOnlyList<T>? Items, long? Total)> read, Func<T, string?> idOf,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var startAt = 0;
        for (var pages = 1; ; pages++)
        {
            var call = callAt(startAt);
            CheckCap(http, pages, call.Path);
            var (items, total) = read(await http.SendAsync(call, typeInfo, cancellationToken).ConfigureAwait(false));
            items ??= [];
            foreach (var item in items.Where(v => v is not null && Fresh(seen, idOf(v))))
            {
                yield return item;
            }

            startAt += items.Count;
            if (items.Count == 0 || total is null || startAt >= total)
            {
                yield break;
            }
        }
    }

    public static void CheckCap(JiraHttp http, int page, string apiPath)
    {
        if (page > http.Options.MaxPagesPerCall)
        {
            var problem = $"more than {http.Options.MaxPagesPerCall} pages (MaxPagesPerCall)";
            JiraLog.PagingAnomaly(http.Logger, "/" + apiPath, problem);
            throw new JiraPagingException($"Paging of /{apiPath} stopped after {problem}; the result is incomplete.");
        }
    }

    // Items without an id cannot be de-duplicated; they are all kept. A null item (a damaged page) is skipped
    // but still counts towards the offset, because it occupied a slot of the page.
    private static bool Fresh(HashSet<string> seen, string? id) => id is null || seen.Add(id);
}
