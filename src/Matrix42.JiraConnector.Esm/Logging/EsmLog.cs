using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Log messages of the ESM client (event ids 2000-2999). Paths are logged without query strings; no
/// token, password, login, attribute value or display name is ever logged.
/// </summary>
internal static partial class EsmLog
{
    [LoggerMessage(2001, LogLevel.Debug, "ESM login succeeded; the token expires at {ExpiresAt:O}")]
    public static partial void LoggedIn(ILogger logger, DateTimeOffset expiresAt);

    [LoggerMessage(2002, LogLevel.Warning, "ESM refused the login with status {StatusCode}")]
    public static partial void LoginRefused(ILogger logger, int statusCode);

    [LoggerMessage(2003, LogLevel.Information,
        "ESM rejected the token for {Method} {Path}; logging in again and replaying once")]
    public static partial void TokenRejected(ILogger logger, string method, string path);

    [LoggerMessage(2004, LogLevel.Warning,
        "Retrying ESM {Method} {Path} (status {StatusCode}, error {ErrorType}), attempt {Attempt} after {Delay}")]
    public static partial void Retrying(
        ILogger logger, string method, string path, int statusCode, string errorType, int attempt, TimeSpan delay);

    [LoggerMessage(2005, LogLevel.Debug, "Read a page of {Count} cards of template {TemplateCode}")]
    public static partial void PageRead(ILogger logger, int count, string templateCode);

    [LoggerMessage(2006, LogLevel.Debug, "ESM answered 404 to a list of template {TemplateCode}; no cards match")]
    public static partial void ListNotFoundAsEmpty(ILogger logger, string templateCode);

    [LoggerMessage(2007, LogLevel.Warning, "The outcome of {Method} {Path} is unknown ({Reason})")]
    public static partial void OutcomeUnknown(ILogger logger, string method, string path, string reason);

    [LoggerMessage(2008, LogLevel.Information,
        "Found card {DataCardId} of template {TemplateCode} after a create whose answer was lost; not creating again")]
    public static partial void UpsertReconciled(ILogger logger, string dataCardId, string templateCode);

    [LoggerMessage(2009, LogLevel.Warning,
        "ESM stored card {DataCardId} of template {TemplateCode} but refused {ErrorCount} attribute values")]
    public static partial void WritePartialFailure(
        ILogger logger, string dataCardId, string templateCode, int errorCount);

    [LoggerMessage(2010, LogLevel.Warning,
        "Bulk import into template {TemplateCode}: {FailedCount} of {Total} items failed")]
    public static partial void BulkPartialFailure(ILogger logger, string templateCode, int failedCount, int total);

    [LoggerMessage(2011, LogLevel.Information, "Card {DataCardId} of template {TemplateCode} was already in the trash")]
    public static partial void AlreadyInTrash(ILogger logger, string dataCardId, string templateCode);

    [LoggerMessage(2012, LogLevel.Warning,
        "{Count} cards of template {TemplateCode} match on attribute {AttributeCode}; the upsert wrote nothing")]
    public static partial void UpsertConflict(ILogger logger, int count, string templateCode, string attributeCode);

    [LoggerMessage(2013, LogLevel.Warning, "ESM answered {StatusCode} to {Method} {Path}")]
    public static partial void CallFailed(ILogger logger, int statusCode, string method, string path);
}
