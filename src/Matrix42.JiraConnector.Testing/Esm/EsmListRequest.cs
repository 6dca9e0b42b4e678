using System.Globalization;
using Matrix42.JiraConnector.Testing.Esm.Eql;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>The validated query parameters of a list, stream or read request.</summary>
internal sealed record EsmListRequest(
    int Limit,
    long? FilterId,
    bool DataCards,
    IReadOnlyList<string>? Selected,
    Func<EsmCardRecord, bool>? Filter)
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 200;

    /// <summary>Reads the parameters, or returns the message of a 400 answer.</summary>
    public static string? TryRead(EsmCall call, EsmTemplate template, EsmStore store, out EsmListRequest request)
    {
        request = new EsmListRequest(DefaultLimit, null, false, null, null);
        var query = call.Request.Query;

        var limit = DefaultLimit;
        if (query["limit"] is { } rawLimit
            && (!int.TryParse(rawLimit, NumberStyles.None, CultureInfo.InvariantCulture, out limit)
                || limit is < 1 or > MaxLimit))
        {
            return $"Query parameter 'limit' must be a whole number from 1 to {MaxLimit}.";
        }

        long filterId = 0;
        if (query["filterId"] is { Length: > 0 } rawFilterId
            && !long.TryParse(rawFilterId, NumberStyles.None, CultureInfo.InvariantCulture, out filterId))
        {
            return "Query parameter 'filterId' must be a non-negative whole number.";
        }

        var dataCards = false;
        if (query["dataCards"] is { } rawDataCards && !bool.TryParse(rawDataCards, out dataCards))
        {
            return "Query parameter 'dataCards' must be true or false.";
        }

        var selected = ReadSelected(query["selectedAttributes"]);
        var unknown = selected?.FirstOrDefault(code => template.Find(code) is null);
        if (unknown is not null)
        {
            return $"Template '{template.Code}' has no attribute '{unknown}' (selectedAttributes).";
        }

        Func<EsmCardRecord, bool>? filter = null;
        if (query["filter"] is { } rawFilter && !string.IsNullOrWhiteSpace(rawFilter))
        {
            try
            {
                filter = EqlCompiler.Compile(rawFilter, template, store, call.Now);
            }
            catch (EqlException ex)
            {
                return "Invalid filter: " + ex.Message;
            }
        }

        request = new EsmListRequest(limit, filterId == 0 ? null : filterId, dataCards, selected, filter);
        return null;
    }

    private static string[]? ReadSelected(string? raw)
    {
        var codes = raw?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return codes is { Length: > 0 } ? codes : null;
    }
}
