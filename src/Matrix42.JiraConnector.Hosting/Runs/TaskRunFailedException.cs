namespace Matrix42.JiraConnector.Hosting.Runs;

/// <summary>A sync run ended with a failed extract or load phase; its run record holds the details.</summary>
public sealed class TaskRunFailedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public TaskRunFailedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public TaskRunFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public TaskRunFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a failed run.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="executionId">The run, as recorded in the history.</param>
    /// <param name="reason">The phase information of the run record.</param>
    public TaskRunFailedException(string taskId, string executionId, string reason)
        : base($"Run {executionId} of task {taskId} failed: {reason}")
    {
        TaskId = taskId;
        ExecutionId = executionId;
    }

    /// <summary>The task.</summary>
    /// <value>Null when not known.</value>
    public string? TaskId { get; }

    /// <summary>The run, as recorded in the history.</summary>
    /// <value>Null when not known.</value>
    public string? ExecutionId { get; }
}
