using System.Text.Json;
using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// The Jira → ESM mapping of one scheduled target, compiled once: paths parsed, display names resolved, shapes
/// and conversions chosen. <see cref="Map"/> then walks the parsed JSON without parsing paths or reflecting.
/// Safe to use from several threads.
/// </summary>
public sealed class CompiledReadMap
{
    [ThreadStatic]
    private static List<PathHit>? t_hits;

    [ThreadStatic]
    private static FieldValues? t_fields;

    private readonly CompiledAttribute[] _attributes;
    private readonly PathAccessor _key;
    private readonly FieldTable _fieldTable;

    internal CompiledReadMap(CompiledAttribute[] attributes, PathAccessor key, IReadOnlyList<string> jiraFields)
    {
        _attributes = attributes;
        _key = key;
        JiraFields = jiraFields;
        _fieldTable = new FieldTable(jiraFields);
        foreach (var attribute in attributes)
        {
            if (attribute.Accessor?.Path.Field is { } field)
            {
                attribute.FieldSlot = _fieldTable.Find(System.Text.Encoding.UTF8.GetBytes(field));
            }
        }
    }

    /// <summary>The field ids the mapping reads under <c>fields</c>, to request only those from Jira.</summary>
    public IReadOnlyList<string> JiraFields { get; }

    /// <summary>Compiles the mappings of a scheduled target.</summary>
    /// <param name="target">The target definition.</param>
    /// <param name="kind">The kind of Jira object the target is filled from.</param>
    /// <param name="options">Field catalog, template and stamps; defaults when <see langword="null"/>.</param>
    /// <returns>The compiled map.</returns>
    /// <exception cref="MappingCompilationException">Lists every mapping that cannot be compiled.</exception>
    public static CompiledReadMap Compile(ScheduledTargetDefinition target, JiraEntityKind kind,
        ReadMapOptions? options = null) =>
        ReadMapCompiler.Compile(target, kind, options ?? new ReadMapOptions());

    /// <summary>Maps one Jira entity (an issue, user or group object).</summary>
    /// <param name="entity">The entity's JSON object.</param>
    /// <param name="references">Resolves reference mappings; unresolved keys are reported on the card.</param>
    /// <returns>The mapped card.</returns>
    public MappedCard Map(JsonElement entity, IReferenceResolver? references = null)
    {
        var hits = t_hits ??= new List<PathHit>(16);
        var fields = t_fields ??= new FieldValues();
        fields.Fill(entity, _fieldTable);
        var card = new CardBuilder(_attributes.Length);
        foreach (var attribute in _attributes)
        {
            attribute.Map(entity, fields, hits, references, card);
        }

        hits.Clear();
        string? key = null;
        if (_key.Evaluate(entity, hits) == PathState.Found &&
            SourceReader.TryRead(hits[0], SourceShape.Auto, out var value))
        {
            key = value.ToString();
        }

        hits.Clear();
        return card.Build(key);
    }
}
