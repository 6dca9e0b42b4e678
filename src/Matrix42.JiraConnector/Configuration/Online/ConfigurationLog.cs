using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>Log events of configuration checks (ids 3000–3099). Values and secrets are never logged.</summary>
internal static partial class ConfigurationLog
{
    [LoggerMessage(3000, LogLevel.Information,
        "Online validation of connector {ConnectorId} finished with {ProblemCount} problem(s)")]
    public static partial void OnlineValidationFinished(ILogger logger, string? connectorId, int problemCount);

    [LoggerMessage(3001, LogLevel.Warning,
        "Online check '{Check}' of connector {ConnectorId} could not be made ({ErrorType})")]
    public static partial void OnlineCheckFailed(ILogger logger, string check, string? connectorId, string errorType);
}
