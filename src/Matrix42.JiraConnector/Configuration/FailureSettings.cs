namespace Matrix42.JiraConnector.Configuration;

/// <summary>Where a failed run records its error as an ESM card. All three are set, or none.</summary>
public sealed class FailureSettings
{
    /// <summary>The template code of the failure card.</summary>
    /// <value>No default; optional.</value>
    public string? Template { get; set; }

    /// <summary>The folder code the failure card is created in.</summary>
    /// <value>No default; required when <see cref="Template"/> is set.</value>
    public string? Folder { get; set; }

    /// <summary>The attribute code that receives the error text.</summary>
    /// <value>No default; required when <see cref="Template"/> is set.</value>
    public string? Attribute { get; set; }
}
