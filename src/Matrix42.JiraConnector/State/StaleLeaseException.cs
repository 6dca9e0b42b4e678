namespace Matrix42.JiraConnector.State;

/// <summary>
/// A write or renewal was refused because the caller's lease is no longer the task's current lease: another
/// runner acquired the task, the lease was released, or it expired. The caller must stop writing.
/// </summary>
public sealed class StaleLeaseException : InvalidOperationException
{
    /// <summary>Creates an exception with a default message.</summary>
    public StaleLeaseException()
        : this("The task lease is no longer current.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public StaleLeaseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public StaleLeaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception describing a refused lease.</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="fencingToken">The caller's token.</param>
    /// <param name="currentFencingToken">The task's newest token.</param>
    public StaleLeaseException(string taskId, long fencingToken, long currentFencingToken)
        : base($"The lease of task '{taskId}' with fencing token {fencingToken} is stale " +
               $"(current token {currentFencingToken}); the write was refused.")
    {
        TaskId = taskId;
        FencingToken = fencingToken;
        CurrentFencingToken = currentFencingToken;
    }

    /// <summary>The task whose lease was stale.</summary>
    public string? TaskId { get; }

    /// <summary>The fencing token the caller presented.</summary>
    public long FencingToken { get; }

    /// <summary>The task's newest fencing token when the write was refused.</summary>
    public long CurrentFencingToken { get; }
}
