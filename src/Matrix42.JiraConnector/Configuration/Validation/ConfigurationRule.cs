namespace Matrix42.JiraConnector.Configuration;

/// <summary>The rule a configuration problem breaks; lets callers branch without parsing messages.</summary>
public enum ConfigurationRule
{
    /// <summary>A required setting is missing or blank.</summary>
    Required,

    /// <summary>A setting has a value outside its allowed range or set.</summary>
    InvalidValue,

    /// <summary>Settings that cannot be combined are both set.</summary>
    Conflict,

    /// <summary>A URL is malformed or has parts that are not allowed (user info, query, fragment, path).</summary>
    InvalidUrl,

    /// <summary>A URL is not https (plain http is allowed only for loopback with explicit opt-in).</summary>
    InsecureUrl,

    /// <summary>A URL points at a link-local, unspecified or cloud-metadata host.</summary>
    ForbiddenHost,

    /// <summary>A cron expression does not parse.</summary>
    InvalidCron,

    /// <summary>A time zone id is unknown.</summary>
    UnknownTimeZone,

    /// <summary>Two connectors or tasks share an id.</summary>
    DuplicateId,

    /// <summary>Two connectors or tasks of the same kind share a name.</summary>
    DuplicateName,

    /// <summary>Two mappings of one target write the same attribute or field.</summary>
    DuplicateMapping,

    /// <summary>A mapping the task needs is missing (e.g. project, issue type and summary of a create task).</summary>
    MissingMapping,

    /// <summary>A Jira field path or field reference is malformed or names no known field.</summary>
    UnknownField,

    /// <summary>A custom field display name matches several fields.</summary>
    AmbiguousField,

    /// <summary>The combination is not supported (e.g. an incremental identity task).</summary>
    Unsupported,

    /// <summary>Jira rejected the JQL query.</summary>
    InvalidJql,

    /// <summary>The ESM template does not exist.</summary>
    UnknownTemplate,

    /// <summary>The folder is not allowed for the template.</summary>
    UnknownFolder,

    /// <summary>The attribute does not exist on the template.</summary>
    UnknownAttribute,

    /// <summary>The value is not one of the attribute's static values.</summary>
    UnknownStaticValue,

    /// <summary>An online check could not be made (the service call failed).</summary>
    CheckFailed,

    /// <summary>A value is longer than its limit in <see cref="ConfigurationLimits"/>.</summary>
    TooLong,
}
