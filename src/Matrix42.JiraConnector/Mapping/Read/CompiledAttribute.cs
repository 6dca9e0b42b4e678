using System.Text.Json;
using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>One compiled attribute mapping: accessor, shape and conversions fixed at compile time.</summary>
internal sealed class CompiledAttribute
{
    public required string Target { get; init; }

    public required string Source { get; init; }

    public PathAccessor? Accessor { get; init; }

    public AttributeValue? Constant { get; init; }

    public SourceShape Shape { get; init; }

    public EsmAttributeType? TargetType { get; init; }

    public bool IsSingleValue { get; init; }

    public Dictionary<string, string>? ValueTable { get; init; }

    public string? ValueTableDefault { get; init; }

    public string? JoinWith { get; init; }

    public string? ReferenceIndex { get; init; }

    /// <summary>
    /// The slot of the field in the map's <see cref="FieldTable"/>, or -1 for paths outside <c>fields</c>.
    /// </summary>
    public int FieldSlot { get; set; } = -1;

    public void Map(JsonElement root, FieldValues fields, List<PathHit> hits, IReferenceResolver? references,
        CardBuilder card)
    {
        if (Constant is { } constant)
        {
            card.Add(new MappedAttributeValues(Target, constant));
            return;
        }

        hits.Clear();
        var state = FieldSlot < 0
            ? Accessor!.Evaluate(root, hits)
            : fields.TryGet(FieldSlot, out var fieldValue)
                ? Accessor!.EvaluateFromField(fieldValue, hits)
                : PathState.NotLoaded;
        switch (state)
        {
            case PathState.NotLoaded:
                return;
            case PathState.Mismatch:
                card.Problem(new MappingProblem(Target, Source, MappingProblemKind.UnexpectedShape,
                    $"The value at '{Source}' does not have the shape the path expects."));
                return;
            case PathState.Empty:
                card.Add(new MappedAttributeValues(Target));
                return;
        }

        if (hits.Count == 1 || (JoinWith is null && !IsSingleValue))
        {
            MapEach(hits, references, card);
        }
        else
        {
            MapJoined(hits, references, card);
        }
    }

    private void MapEach(List<PathHit> hits, IReferenceResolver? references, CardBuilder card)
    {
        if (hits.Count == 1)
        {
            if (TryMapOne(hits[0], references, card, out var single))
            {
                card.Add(new MappedAttributeValues(Target, single));
            }

            return;
        }

        var values = new AttributeValue[hits.Count];
        var count = 0;
        foreach (var hit in hits)
        {
            if (TryMapOne(hit, references, card, out var value))
            {
                values[count++] = value;
            }
        }

        if (count < values.Length)
        {
            Array.Resize(ref values, count);
        }

        card.Add(new MappedAttributeValues(Target, values));
    }

    private void MapJoined(List<PathHit> hits, IReferenceResolver? references, CardBuilder card)
    {
        var separator = JoinWith;
        if (separator is null)
        {
            if (TargetType is not (EsmAttributeType.Text or null))
            {
                card.Problem(new MappingProblem(Target, Source, MappingProblemKind.TooManyValues,
                    $"'{Source}' gave {hits.Count} values for a single-value attribute; the first was used."));
                hits.RemoveRange(1, hits.Count - 1);
                MapEach(hits, references, card);
                return;
            }

            separator = ", ";
        }

        var parts = new List<string>(hits.Count);
        foreach (var hit in hits)
        {
            if (TryNatural(hit, card, out var natural) && TryTable(natural, card, out natural))
            {
                parts.Add(natural.ToString());
            }
        }

        card.Add(new MappedAttributeValues(Target, AttributeValue.FromText(string.Join(separator, parts))));
    }

    private bool TryMapOne(in PathHit hit, IReferenceResolver? references, CardBuilder card, out AttributeValue value)
    {
        value = default;
        if (!TryNatural(hit, card, out var natural) || !TryTable(natural, card, out natural))
        {
            return false;
        }

        if (ReferenceIndex is not null)
        {
            var key = natural.ToString();
            if (references is not null && references.TryResolve(ReferenceIndex, key, out var dataCardId))
            {
                value = AttributeValue.FromReference(dataCardId);
                return true;
            }

            card.Problem(new MappingProblem(Target, Source, MappingProblemKind.UnresolvedReference,
                $"No card in index '{ReferenceIndex}' matches the value of '{Source}'.", key));
            return false;
        }

        var type = TargetType ?? (ValueTable is null ? null : EsmAttributeType.StaticValue);
        if (TargetConverter.TryConvert(natural, type, out value))
        {
            return true;
        }

        card.Problem(new MappingProblem(Target, Source, MappingProblemKind.ConversionFailed,
            $"The value of '{Source}' cannot be converted to {type}.", natural.ToString()));
        return false;
    }

    private bool TryNatural(in PathHit hit, CardBuilder card, out AttributeValue natural)
    {
        switch (SourceReader.Read(hit, Shape, out natural))
        {
            case SourceRead.Read:
                return true;
            case SourceRead.InvalidText:
                card.Problem(new MappingProblem(Target, Source, MappingProblemKind.InvalidText,
                    $"The value of '{Source}' holds text that cannot be decoded (invalid UTF-8)."));
                return false;
            default:
                card.Problem(new MappingProblem(Target, Source, MappingProblemKind.UnexpectedShape,
                    $"The value of '{Source}' cannot be read as {Shape}."));
                return false;
        }
    }

    private bool TryTable(AttributeValue natural, CardBuilder card, out AttributeValue mapped)
    {
        mapped = natural;
        if (ValueTable is null)
        {
            return true;
        }

        var key = natural.ToString();
        if (ValueTable.TryGetValue(key, out var translated) || (translated = ValueTableDefault) is not null)
        {
            mapped = AttributeValue.FromText(translated);
            return true;
        }

        card.Problem(new MappingProblem(Target, Source, MappingProblemKind.UnmappedValue,
            $"The value table of '{Target}' has no entry for the value of '{Source}'.", key));
        return false;
    }
}
