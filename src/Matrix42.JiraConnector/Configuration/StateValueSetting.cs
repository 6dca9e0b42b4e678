namespace Matrix42.JiraConnector.Configuration;

/// <summary>An attribute value a scheduled task sets in a given situation (inactive, removed, reappeared).</summary>
public sealed class StateValueSetting
{
    /// <summary>Whether the value is set at all.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool Enabled { get; set; }

    /// <summary>The attribute code, e.g. <c>accountStatus</c>.</summary>
    /// <value>No default; required when <see cref="Enabled"/>.</value>
    public string? Attribute { get; set; }

    /// <summary>The value to set, e.g. <c>5 - Removed</c>.</summary>
    /// <value>No default; required when <see cref="Enabled"/>.</value>
    public string? Value { get; set; }
}
