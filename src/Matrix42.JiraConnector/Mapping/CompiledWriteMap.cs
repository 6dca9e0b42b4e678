using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// The ESM → Jira mapping of one event task, compiled once: field references resolved to ids and each field's
/// JSON shape chosen from its schema. <see cref="Write"/> builds the <c>fields</c> object of an issue request.
/// </summary>
public sealed class CompiledWriteMap
{
    private readonly CompiledField[] _fields;

    private CompiledWriteMap(CompiledField[] fields)
    {
        _fields = fields;
        FieldIds = fields.Select(f => f.FieldId).ToArray();
    }

    /// <summary>The Jira field ids the map writes.</summary>
    public IReadOnlyList<string> FieldIds { get; }

    /// <summary>Compiles an event task's mappings.</summary>
    /// <param name="mappings">The mappings.</param>
    /// <param name="fields">The site's fields, for schemas and display names; common system fields work without
    /// it.</param>
    /// <returns>The compiled map.</returns>
    /// <exception cref="MappingCompilationException">Lists every mapping that cannot be compiled.</exception>
    public static CompiledWriteMap Compile(IEnumerable<FieldMappingDefinition> mappings,
        JiraFieldCatalog? fields = null)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var problems = new ProblemCollector();
        var compiled = new List<CompiledField>();
        var index = 0;
        foreach (var mapping in mappings)
        {
            var at = $"mappings[{index++}]";
            if (ResolveField(mapping.Field, at, fields, problems) is not { } fieldId)
            {
                continue;
            }

            if (mapping.Constant is null && !problems.Require(mapping.Source, $"{at}.source", "The ESM attribute"))
            {
                continue;
            }

            compiled.Add(new CompiledField
            {
                FieldId = fieldId,
                Source = mapping.Source ?? "constant",
                Constant = mapping.Constant,
                Shape = FieldShapes.Of(fieldId, SystemFieldSchemas.Find(fieldId, fields)),
                ValueTable = mapping.ValueTable.Count == 0
                    ? null
                    : new Dictionary<string, string>(mapping.ValueTable, StringComparer.OrdinalIgnoreCase),
            });
        }

        return problems.Problems.Count > 0
            ? throw new MappingCompilationException(problems.Problems)
            : new CompiledWriteMap([.. compiled]);
    }

    /// <summary>Builds the Jira fields from an ESM card's values.</summary>
    /// <param name="card">
    /// The card's values by attribute code. An attribute that is absent is unknown and its field is not written;
    /// an attribute with no values is empty.
    /// </param>
    /// <param name="mode">Create leaves empty fields out; update clears them.</param>
    /// <returns>The fields object and any values that could not be written.</returns>
    public JiraFieldsWriteResult Write(IReadOnlyDictionary<string, IReadOnlyList<AttributeValue>> card,
        JiraWriteMode mode = JiraWriteMode.Create)
    {
        ArgumentNullException.ThrowIfNull(card);
        var fields = new JsonObject();
        var problems = new List<MappingProblem>();
        foreach (var field in _fields)
        {
            field.Write(card, mode, fields, problems);
        }

        return new JiraFieldsWriteResult(fields, problems);
    }

    private static string? ResolveField(string? reference, string at, JiraFieldCatalog? fields,
        ProblemCollector problems)
    {
        if (!JiraFieldNames.TryParseReference(reference, out var name, out var isDisplayName))
        {
            problems.Add($"{at}.field", ConfigurationRule.UnknownField,
                $"'{reference}' is not a Jira field reference.");
            return null;
        }

        if (!isDisplayName)
        {
            return name;
        }

        var candidates = fields?.FindByName(name) ?? [];
        if (candidates.Count == 1)
        {
            return candidates[0].Id!;
        }

        problems.Add($"{at}.field",
            candidates.Count == 0 ? ConfigurationRule.UnknownField : ConfigurationRule.AmbiguousField,
            candidates.Count == 0
                ? $"No field named '{name}' is known; give the field catalog or use the field id."
                : $"The name '{name}' matches {JiraFieldCatalog.Describe(candidates)}; use the field id.");
        return null;
    }
}
