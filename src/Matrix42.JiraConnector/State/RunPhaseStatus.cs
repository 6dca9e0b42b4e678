namespace Matrix42.JiraConnector.State;

/// <summary>The status of one phase (extract or load) of a scheduled run.</summary>
public enum RunPhaseStatus
{
    /// <summary>The phase has not started.</summary>
    NotRun = 0,

    /// <summary>The phase is in progress.</summary>
    Running = 1,

    /// <summary>The phase finished without error.</summary>
    Succeeded = 2,

    /// <summary>The phase failed, or finished with entity errors.</summary>
    Failed = 3,

    /// <summary>The phase was cancelled; the state holds only what was completed.</summary>
    Stopped = 4,

    /// <summary>The phase finished except for a deletion marking that waits for approval.</summary>
    HeldForApproval = 5,
}
