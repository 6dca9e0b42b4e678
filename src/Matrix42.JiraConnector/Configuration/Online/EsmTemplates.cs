using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>Reads what validation and mapping need from an ESM template definition.</summary>
public static class EsmTemplates
{
    /// <summary>Finds an attribute by code, exactly or else case-insensitively.</summary>
    /// <param name="template">The template.</param>
    /// <param name="code">The attribute code.</param>
    /// <returns>The attribute, or <see langword="null"/>.</returns>
    public static EsmTemplateAttribute? FindAttribute(EsmTemplate template, string code)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (template.Attributes.TryGetValue(code, out var attribute))
        {
            return attribute;
        }

        return template.Attributes
            .FirstOrDefault(a => string.Equals(a.Key, code, StringComparison.OrdinalIgnoreCase)).Value;
    }

    /// <summary>Whether the folder is one of the template's allowed folders (case-insensitive).</summary>
    /// <param name="template">The template.</param>
    /// <param name="folderCode">The folder code.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public static bool AllowsFolder(EsmTemplate template, string folderCode)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.AllowedFolders.Any(f =>
            string.Equals(f.FolderCode, folderCode, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The value type of an attribute from the type name ESM reports. Unknown names count as text.
    /// ESM's <c>date</c> type holds both dates and date-times, so it maps to <see cref="EsmAttributeType.Date"/>,
    /// which keeps a date-time's time.
    /// </summary>
    /// <param name="attribute">The attribute.</param>
    /// <returns>The type.</returns>
    public static EsmAttributeType TypeOf(EsmTemplateAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        return attribute.Type?.ToUpperInvariant() switch
        {
            "NUMBER" or "DECIMAL" or "INTEGER" => EsmAttributeType.Number,
            "DATE" => EsmAttributeType.Date,
            "DATETIME" or "DATE-TIME" => EsmAttributeType.DateTime,
            "STATIC-VALUE" or "STATIC-STRING" or "STATIC" => EsmAttributeType.StaticValue,
            "REFERENCE" => EsmAttributeType.Reference,
            "EXTERNAL-REFERENCE" => EsmAttributeType.ExternalReference,
            "WORKLOG" => EsmAttributeType.Worklog,
            _ => EsmAttributeType.Text,
        };
    }

    /// <summary>Whether a static value is allowed, matched by value or code (case-insensitive).</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="value">The value or code.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public static bool AllowsStaticValue(EsmTemplateAttribute attribute, string value)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        return attribute.AllowedValues.Any(v =>
            string.Equals(v.Value, value, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(v.Code, value, StringComparison.OrdinalIgnoreCase));
    }
}
