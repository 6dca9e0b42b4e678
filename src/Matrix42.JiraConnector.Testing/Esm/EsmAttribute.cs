namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>One attribute of a fake template.</summary>
internal sealed record EsmAttribute(
    string Code,
    string Name,
    EsmAttributeKind Kind,
    bool MultiValue,
    IReadOnlyList<FakeEsmStaticValue> StaticValues,
    IReadOnlyList<string> Targets,
    bool File)
{
    /// <summary>The type string of the REST API; date-time attributes say <c>date</c> like date ones.</summary>
    public string TypeName => Kind switch
    {
        EsmAttributeKind.Text => "string",
        EsmAttributeKind.Number => "number",
        EsmAttributeKind.Date or EsmAttributeKind.DateTime => "date",
        EsmAttributeKind.StaticValue => "static-value",
        EsmAttributeKind.Reference => "reference",
        EsmAttributeKind.ExternalReference => "external-reference",
        _ => "worklog",
    };
}
