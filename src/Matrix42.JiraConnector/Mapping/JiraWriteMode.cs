namespace Matrix42.JiraConnector.Mapping;

/// <summary>Whether Jira fields are written for a new issue or an existing one; decides how empty values go
/// out.</summary>
public enum JiraWriteMode
{
    /// <summary>Creating: empty values are left out (Jira refuses null for many fields on create).</summary>
    Create,

    /// <summary>Updating: empty values clear the field (null, or an empty array for array fields).</summary>
    Update,
}
