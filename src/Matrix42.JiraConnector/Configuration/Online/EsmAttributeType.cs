namespace Matrix42.JiraConnector.Configuration;

/// <summary>The value type of an ESM attribute; it decides the conversion of mapped values.</summary>
public enum EsmAttributeType
{
    /// <summary>Text (short or long).</summary>
    Text,

    /// <summary>A number, decimals kept.</summary>
    Number,

    /// <summary>ESM's date type, which holds a date or a date-time: dates stay dates, date-times keep their
    /// time.</summary>
    Date,

    /// <summary>A point in time, written in UTC; a date becomes midnight UTC.</summary>
    DateTime,

    /// <summary>One of the attribute's static values.</summary>
    StaticValue,

    /// <summary>A reference to other data cards.</summary>
    Reference,

    /// <summary>Links and files.</summary>
    ExternalReference,

    /// <summary>A comment log.</summary>
    Worklog,
}
