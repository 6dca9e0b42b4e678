namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Thrown by an upsert when several cards match the key, so the client cannot tell which one to
/// modify. <see cref="DataCardIds"/> names them.
/// </summary>
public sealed class EsmConflictException : EsmApiException
{
    /// <summary>Initializes a new instance.</summary>
    public EsmConflictException()
        : this("Several ESM cards match the key.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public EsmConflictException(string message)
        : this(message, null)
    {
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EsmConflictException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance naming the matching cards.</summary>
    /// <param name="templateCode">The template searched.</param>
    /// <param name="matchAttribute">The attribute used as key.</param>
    /// <param name="matchValue">The key value (kept out of the message, which may be logged).</param>
    /// <param name="dataCardIds">The ids of the matching cards.</param>
    public EsmConflictException(
        string templateCode, string matchAttribute, string matchValue, IReadOnlyList<string> dataCardIds)
        : base($"{dataCardIds?.Count} cards of template '{templateCode}' match on attribute " +
               $"'{matchAttribute}', so none was written: {string.Join(", ", dataCardIds ?? [])}.")
    {
        TemplateCode = templateCode;
        MatchAttribute = matchAttribute;
        MatchValue = matchValue;
        DataCardIds = dataCardIds ?? [];
    }

    /// <summary>Gets the template searched.</summary>
    public string? TemplateCode { get; }

    /// <summary>Gets the attribute used as key.</summary>
    public string? MatchAttribute { get; }

    /// <summary>Gets the key value.</summary>
    public string? MatchValue { get; }

    /// <summary>Gets the ids of the matching cards.</summary>
    public IReadOnlyList<string> DataCardIds { get; } = [];
}
