namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// A static (enumerated) value such as a status. ESM reads it with both the display value and the
/// code; writing usually sends only the display value, and either may be given.
/// </summary>
public sealed record EsmStaticValue : EsmValue
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The display value, for example <c>5 - Removed</c>.</param>
    /// <param name="code">The code, for example <c>removed</c>.</param>
    /// <exception cref="ArgumentException">Both are null or empty.</exception>
    public EsmStaticValue(string? value, string? code = null)
    {
        if (string.IsNullOrEmpty(value) && string.IsNullOrEmpty(code))
        {
            throw new ArgumentException("A static value needs a value, a code, or both.", nameof(value));
        }

        Value = value;
        Code = code;
    }

    /// <summary>Gets the display value; null when only the code is known.</summary>
    public string? Value { get; }

    /// <summary>Gets the code; null when only the display value is known (ESM reads static date
    /// lists with a null code).</summary>
    public string? Code { get; }
}
