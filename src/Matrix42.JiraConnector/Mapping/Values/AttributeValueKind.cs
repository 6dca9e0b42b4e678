namespace Matrix42.JiraConnector.Mapping;

/// <summary>The kind of an <see cref="AttributeValue"/>.</summary>
public enum AttributeValueKind
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>A point in time in UTC.</summary>
    DateTime,

    /// <summary>A static value, by display value or code.</summary>
    Static,

    /// <summary>A reference to another data card, by data card id.</summary>
    Reference,
}
