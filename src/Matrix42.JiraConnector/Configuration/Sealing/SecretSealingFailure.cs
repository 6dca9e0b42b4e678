namespace Matrix42.JiraConnector.Configuration.Sealing;

/// <summary>Why sealed secrets could not be opened.</summary>
public enum SecretSealingFailure
{
    /// <summary>The password does not open the document's check block.</summary>
    WrongPassword,

    /// <summary>A sealed value was changed, truncated, or moved to another connector or setting.</summary>
    Tampered,

    /// <summary>The sealing header or a sealed value has a format or version this SDK does not read.</summary>
    UnsupportedFormat,

    /// <summary>The password is too weak to seal with.</summary>
    WeakPassword,
}
