using Matrix42.JiraConnector.Esm;

using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>The online checks of one connector; templates and the field list are read once each.</summary>
internal sealed class OnlineConnectorChecks(ProblemCollector problems, IJiraMetadataSource jira,
    IEsmTemplateSource esm, string path, ILogger logger, string? connectorId)
{
    private readonly Dictionary<string, EsmTemplate?> _templates = new(StringComparer.OrdinalIgnoreCase);
    private JiraFieldCatalog? _catalog;

    public async Task<JiraFieldCatalog?> RunAsync(ConnectorDefinition connector, CancellationToken cancellationToken)
    {
        try
        {
            _catalog = new JiraFieldCatalog(await jira.ListFieldsAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ConfigurationLog.OnlineCheckFailed(logger, "field list", connectorId, ex.GetType().Name);
            problems.Add($"{path}.jira", ConfigurationRule.CheckFailed,
                $"The Jira field list could not be read ({ex.GetType().Name}); field names were not checked.");
        }

        for (var t = 0; t < connector.ScheduledTasks.Count; t++)
        {
            await CheckScheduledAsync(connector.ScheduledTasks[t], $"{path}.scheduledTasks[{t}]", cancellationToken)
                .ConfigureAwait(false);
        }

        for (var t = 0; t < connector.EventTasks.Count; t++)
        {
            await CheckEventAsync(connector.EventTasks[t], $"{path}.eventTasks[{t}]", cancellationToken)
                .ConfigureAwait(false);
        }

        return _catalog;
    }

    private async Task CheckScheduledAsync(ScheduledTaskDefinition task, string at, CancellationToken cancellationToken)
    {
        if (task.MappingsType == MappingsType.Generic && !string.IsNullOrWhiteSpace(task.Jql))
        {
            await CheckJqlAsync(task.Jql, $"{at}.jql", cancellationToken).ConfigureAwait(false);
        }

        var targets = new (ScheduledTargetDefinition? Target, string Name)[]
        {
            (task.Identity, "identity"), (task.AccessRight, "accessRight"), (task.Generic, "generic"),
        };
        foreach (var (target, name) in targets)
        {
            if (target is not null)
            {
                await CheckTargetAsync(target, $"{at}.{name}", cancellationToken).ConfigureAwait(false);
            }
        }

        if (!string.IsNullOrWhiteSpace(task.Failure.Template))
        {
            var failure = await TemplateAsync(task.Failure.Template, $"{at}.failure", cancellationToken)
                .ConfigureAwait(false);
            CheckFolder(failure, task.Failure.Folder, $"{at}.failure.folder");
            CheckAttribute(failure, task.Failure.Attribute, $"{at}.failure.attribute");
        }

        var membershipTarget = task.Memberships.StoredOn switch
        {
            MembershipStorageSide.GroupListsMembers => task.AccessRight,
            MembershipStorageSide.PersonListsGroups => task.Identity,
            _ => null,
        };
        if (membershipTarget?.Template is { } membershipTemplate)
        {
            var template = await TemplateAsync(membershipTemplate, null, cancellationToken).ConfigureAwait(false);
            CheckAttribute(template, task.Memberships.Attribute, $"{at}.memberships.attribute",
                EsmAttributeType.Reference);
        }
    }

    private async Task CheckTargetAsync(ScheduledTargetDefinition target, string at,
        CancellationToken cancellationToken)
    {
        var template = await TemplateAsync(target.Template, at, cancellationToken).ConfigureAwait(false);
        CheckFolder(template, target.Folder, $"{at}.folder");
        CheckAttribute(template, target.TaskIdAttribute, $"{at}.taskIdAttribute");
        CheckAttribute(template, target.DataSourceTypeAttribute, $"{at}.dataSourceTypeAttribute");
        CheckAttribute(template, target.MatchKey.Attribute, $"{at}.matchKey.attribute");

        foreach (var (setting, name) in new[] { (target.Inactive, "inactive"), (target.Removed, "removed"),
                     (target.Restored, "restored") })
        {
            if (setting.Enabled &&
                CheckAttribute(template, setting.Attribute, $"{at}.{name}.attribute") is { } attribute)
            {
                CheckStaticValue(attribute, setting.Value, $"{at}.{name}.value");
            }
        }

        for (var i = 0; i < target.Mappings.Count; i++)
        {
            var mapping = target.Mappings[i];
            var mappingPath = $"{at}.mappings[{i}]";
            var expected = mapping.ReferenceIndex is null ? (EsmAttributeType?)null : EsmAttributeType.Reference;
            if (CheckAttribute(template, mapping.Target, $"{mappingPath}.target", expected) is { } attribute)
            {
                CheckStaticValue(attribute, mapping.Constant, $"{mappingPath}.constant");
                CheckStaticValue(attribute, mapping.ValueTableDefault, $"{mappingPath}.valueTableDefault");
                foreach (var entry in mapping.ValueTable)
                {
                    CheckStaticValue(attribute, entry.Value, $"{mappingPath}.valueTable.{entry.Key}");
                }
            }

            if (mapping.Constant is null && JiraFieldPath.TryParse(mapping.Source, out var source, out _) &&
                source.Field is not null)
            {
                ResolveField(source.Field, source.FieldIsDisplayName, $"{mappingPath}.source");
            }
        }
    }

    private async Task CheckEventAsync(EventTaskDefinition task, string at, CancellationToken cancellationToken)
    {
        var template = await TemplateAsync(task.Template, at, cancellationToken).ConfigureAwait(false);
        CheckFolder(template, task.Folder, $"{at}.folder");
        CheckAttribute(template, task.PersonAttribute, $"{at}.personAttribute", EsmAttributeType.Reference);
        CheckAttribute(template, task.RoleAttribute, $"{at}.roleAttribute", EsmAttributeType.Reference);
        CheckAttribute(template, task.WriteBack.IssueKeyAttribute, $"{at}.writeBack.issueKeyAttribute");
        CheckAttribute(template, task.WriteBack.IssueIdAttribute, $"{at}.writeBack.issueIdAttribute");
        CheckAttribute(template, task.WriteBack.AccountIdAttribute, $"{at}.writeBack.accountIdAttribute");
        CheckAttribute(template, task.WriteBack.GroupIdAttribute, $"{at}.writeBack.groupIdAttribute");
        CheckAttribute(template, task.ProvisioningExceptionAttribute, $"{at}.provisioningExceptionAttribute");
        CheckAttribute(template, task.GroupMembershipExceptionAttribute, $"{at}.groupMembershipExceptionAttribute");

        for (var i = 0; i < task.Mappings.Count; i++)
        {
            var mapping = task.Mappings[i];
            if (mapping.Constant is null)
            {
                CheckAttribute(template, mapping.Source, $"{at}.mappings[{i}].source");
            }

            if (JiraFieldNames.TryParseReference(mapping.Field, out var name, out var isDisplayName))
            {
                ResolveField(name, isDisplayName, $"{at}.mappings[{i}].field");
            }
        }
    }

    private async Task CheckJqlAsync(string jql, string at, CancellationToken cancellationToken)
    {
        try
        {
            var result = await jira.CheckJqlAsync(jql, cancellationToken).ConfigureAwait(false);
            if (!result.IsValid)
            {
                problems.Add(at, ConfigurationRule.InvalidJql,
                    "Jira rejected the query: " + string.Join(" ", result.Errors));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ConfigurationLog.OnlineCheckFailed(logger, "jql", connectorId, ex.GetType().Name);
            problems.Add(at, ConfigurationRule.CheckFailed, $"The query could not be checked ({ex.GetType().Name}).");
        }
    }

    private void ResolveField(string name, bool isDisplayName, string at)
    {
        if (_catalog is null)
        {
            return;
        }

        if (!isDisplayName)
        {
            // System fields are always there; only custom field ids can be stale or mistyped.
            if (JiraFieldNames.IsCustomFieldId(name) && _catalog.FindById(name) is null)
            {
                problems.Add(at, ConfigurationRule.UnknownField, $"The site has no field '{name}'.");
            }

            return;
        }

        var candidates = _catalog.FindByName(name);
        if (candidates.Count == 0)
        {
            problems.Add(at, ConfigurationRule.UnknownField, $"The site has no field named '{name}'.");
        }
        else if (candidates.Count > 1)
        {
            problems.Add(at, ConfigurationRule.AmbiguousField,
                $"The name '{name}' matches {candidates.Count} fields: {JiraFieldCatalog.Describe(candidates)}; " +
                "use the field id instead.");
        }
    }

    private async Task<EsmTemplate?> TemplateAsync(string? code, string? at, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        if (!_templates.TryGetValue(code, out var template))
        {
            try
            {
                template = await esm.GetTemplateAsync(code, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ConfigurationLog.OnlineCheckFailed(logger, "template", connectorId, ex.GetType().Name);
                problems.Add($"{at ?? path}.template", ConfigurationRule.CheckFailed,
                    $"The template '{code}' could not be read ({ex.GetType().Name}).");
                return null;
            }

            _templates[code] = template;
            if (template is null && at is not null)
            {
                problems.Add($"{at}.template", ConfigurationRule.UnknownTemplate, $"ESM has no template '{code}'.");
            }
        }

        return template;
    }

    private void CheckFolder(EsmTemplate? template, string? folder, string at)
    {
        if (template is not null && !string.IsNullOrWhiteSpace(folder) && !EsmTemplates.AllowsFolder(template, folder))
        {
            problems.Add(at, ConfigurationRule.UnknownFolder,
                $"The folder '{folder}' is not allowed for template '{template.Code}'.");
        }
    }

    private EsmTemplateAttribute? CheckAttribute(EsmTemplate? template, string? code, string at,
        EsmAttributeType? expectedType = null)
    {
        if (template is null || string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var attribute = EsmTemplates.FindAttribute(template, code);
        if (attribute is null)
        {
            problems.Add(at, ConfigurationRule.UnknownAttribute,
                $"Template '{template.Code}' has no attribute '{code}'.");
            return null;
        }

        if (expectedType is { } type && EsmTemplates.TypeOf(attribute) != type)
        {
            problems.Add(at, ConfigurationRule.InvalidValue,
                $"Attribute '{code}' is of type {EsmTemplates.TypeOf(attribute)}; a {type} attribute is needed here.");
        }

        return attribute;
    }

    private void CheckStaticValue(EsmTemplateAttribute attribute, string? value, string at)
    {
        if (EsmTemplates.TypeOf(attribute) == EsmAttributeType.StaticValue && value is not null &&
            !EsmTemplates.AllowsStaticValue(attribute, value))
        {
            problems.Add(at, ConfigurationRule.UnknownStaticValue,
                $"'{value}' is not a static value of attribute '{attribute.Code}'.");
        }
    }
}
