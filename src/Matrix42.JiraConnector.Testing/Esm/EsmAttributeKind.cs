namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>The value type of a template attribute.</summary>
internal enum EsmAttributeKind
{
    Text,
    Number,
    Date,
    DateTime,
    StaticValue,
    Reference,
    ExternalReference,
    Worklog,
}
