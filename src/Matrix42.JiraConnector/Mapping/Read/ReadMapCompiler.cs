using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>Turns a scheduled target's mapping definitions into a <see cref="CompiledReadMap"/>.</summary>
internal static class ReadMapCompiler
{
    public static CompiledReadMap Compile(ScheduledTargetDefinition target, JiraEntityKind kind, ReadMapOptions options)
    {
        ArgumentNullException.ThrowIfNull(target);
        var problems = new ProblemCollector();
        var compiled = new List<CompiledAttribute>();
        var fields = new SortedSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < target.Mappings.Count; i++)
        {
            if (CompileOne(target.Mappings[i], $"mappings[{i}]", kind, options, problems, fields) is { } attribute)
            {
                compiled.Add(attribute);
            }
        }

        var keyText = string.IsNullOrWhiteSpace(target.MatchKey.JiraPath) ? NaturalKey(kind) : target.MatchKey.JiraPath;
        var key = ResolvePath(keyText, "matchKey.jiraPath", kind, options, problems, fields);
        if (problems.Problems.Count > 0 || key is null)
        {
            throw new MappingCompilationException(problems.Problems);
        }

        AddStamps(target, options, key, compiled);
        return new CompiledReadMap([.. compiled], new PathAccessor(key), [.. fields]);
    }

    private static CompiledAttribute? CompileOne(AttributeMappingDefinition mapping, string at, JiraEntityKind kind,
        ReadMapOptions options, ProblemCollector problems, SortedSet<string> fields)
    {
        if (!problems.Require(mapping.Target, $"{at}.target", "The ESM attribute"))
        {
            return null;
        }

        EsmTemplateAttribute? attribute = null;
        if (options.Template is not null &&
            (attribute = EsmTemplates.FindAttribute(options.Template, mapping.Target!)) is null)
        {
            problems.Add($"{at}.target", ConfigurationRule.UnknownAttribute,
                $"Template '{options.Template.Code}' has no attribute '{mapping.Target}'.");
            return null;
        }

        var attributeType = attribute is null ? (EsmAttributeType?)null : EsmTemplates.TypeOf(attribute);
        if (attributeType == EsmAttributeType.Reference && mapping.ReferenceIndex is null)
        {
            problems.Add($"{at}.referenceIndex", ConfigurationRule.Required,
                $"'{mapping.Target}' is a reference attribute; name the key index that resolves it.");
            return null;
        }

        var targetType = mapping.ReferenceIndex is null ? attributeType : EsmAttributeType.Reference;
        if (mapping.Constant is not null)
        {
            if (!TargetConverter.TryConvert(AttributeValue.FromText(mapping.Constant), targetType, out var constant))
            {
                problems.Add($"{at}.constant", ConfigurationRule.InvalidValue,
                    $"The constant cannot be converted to {targetType}.");
                return null;
            }

            return new CompiledAttribute { Target = mapping.Target!, Source = "constant", Constant = constant };
        }

        var path = ResolvePath(mapping.Source, $"{at}.source", kind, options, problems, fields);
        if (path is null)
        {
            return null;
        }

        return new CompiledAttribute
        {
            Target = mapping.Target!,
            Source = path.Text,
            Accessor = new PathAccessor(path),
            Shape = ShapeOf(path, options.Fields),
            TargetType = targetType,
            IsSingleValue = attribute is { MultiValue: false },
            ValueTable = mapping.ValueTable.Count == 0
                ? null
                : new Dictionary<string, string>(mapping.ValueTable, StringComparer.OrdinalIgnoreCase),
            ValueTableDefault = mapping.ValueTableDefault,
            JoinWith = mapping.JoinWith,
            ReferenceIndex = mapping.ReferenceIndex,
        };
    }

    private static JiraFieldPath? ResolvePath(string? text, string at, JiraEntityKind kind, ReadMapOptions options,
        ProblemCollector problems, SortedSet<string> fields)
    {
        var before = problems.Problems.Count;
        MappingRules.CheckPath(problems, text ?? string.Empty, at, kind);
        if (problems.Problems.Count > before)
        {
            return null;
        }

        var path = JiraFieldPath.Parse(text!);
        if (path.FieldIsDisplayName)
        {
            var candidates = options.Fields?.FindByName(path.Field!) ?? [];
            if (candidates.Count != 1)
            {
                problems.Add(at,
                    candidates.Count == 0 ? ConfigurationRule.UnknownField : ConfigurationRule.AmbiguousField,
                    candidates.Count == 0
                        ? $"No field named '{path.Field}' is known; give the field catalog or use the field id."
                        : $"The name '{path.Field}' matches {JiraFieldCatalog.Describe(candidates)}; " +
                          "use the field id.");
                return null;
            }

            path = path.WithFieldId(candidates[0].Id!);
        }

        if (path.Field is not null)
        {
            fields.Add(path.Field);
        }

        return path;
    }

    private static SourceShape ShapeOf(JiraFieldPath path, JiraFieldCatalog? catalog)
    {
        // The schema describes the field's own value; deeper paths read plain properties of it.
        var segments = path.Segments;
        var atField = path.Field is not null &&
                      (segments.Count == 2 ||
                       (segments.Count == 3 && segments[2].Kind == JiraPathSegmentKind.EachElement));
        return atField ? SystemFieldSchemas.ReadShape(SystemFieldSchemas.Find(path.Field!, catalog)) : SourceShape.Auto;
    }

    private static void AddStamps(ScheduledTargetDefinition target, ReadMapOptions options, JiraFieldPath key,
        List<CompiledAttribute> compiled)
    {
        var mapped = compiled.Select(c => c.Target).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(target.MatchKey.Attribute) && mapped.Add(target.MatchKey.Attribute))
        {
            compiled.Add(new CompiledAttribute
            {
                Target = target.MatchKey.Attribute, Source = key.Text, Accessor = new PathAccessor(key),
                TargetType = EsmAttributeType.Text,
            });
        }

        if (options.TaskId is not null && !string.IsNullOrWhiteSpace(target.TaskIdAttribute))
        {
            compiled.Add(new CompiledAttribute
            {
                Target = target.TaskIdAttribute, Source = "taskId", Constant = AttributeValue.FromText(options.TaskId),
            });
        }

        if (!string.IsNullOrWhiteSpace(target.DataSourceTypeAttribute) && mapped.Add(target.DataSourceTypeAttribute))
        {
            compiled.Add(new CompiledAttribute
            {
                Target = target.DataSourceTypeAttribute, Source = "dataSourceType",
                Constant = AttributeValue.FromText(options.DataSourceType),
            });
        }
    }

    private static string NaturalKey(JiraEntityKind kind) => kind switch
    {
        JiraEntityKind.Issue => "id",
        JiraEntityKind.User => "accountId",
        _ => "groupId",
    };
}
