using Microsoft.Extensions.Logging;

namespace Matrix42.JiraConnector.Sample.Logging;

/// <summary>The sample host's log events (ids 8000-8999). No secrets, e-mail addresses or names.</summary>
internal static partial class SampleLog
{
    [LoggerMessage(8001, LogLevel.Information, "Demo fakes listening: Jira on port {JiraPort}, ESM on port {EsmPort}")]
    public static partial void FakesStarted(ILogger logger, int jiraPort, int esmPort);

    [LoggerMessage(8002, LogLevel.Error, "The configuration has {Count} problem(s); nothing was run")]
    public static partial void ConfigurationInvalid(ILogger logger, int count);

    // Information, except in the demo, whose tables already show every run (Debug there keeps its output tidy).
    [LoggerMessage(EventId = 8003, Message = "Task {TaskId} of connector {ConnectorId} ended with {Status}")]
    public static partial void TaskEnded(
        ILogger logger, LogLevel level, string taskId, string connectorId, string status);

    [LoggerMessage(8004, LogLevel.Information, "Demo step {Step} is not available in this build")]
    public static partial void StepNotAvailable(ILogger logger, int step);

    [LoggerMessage(8005, LogLevel.Information, "Run report written ({TaskCount} task run(s))")]
    public static partial void ReportWritten(ILogger logger, int taskCount);

    [LoggerMessage(8006, LogLevel.Information, "Serving {TaskCount} scheduled task(s) until stopped")]
    public static partial void Serving(ILogger logger, int taskCount);
}
