namespace Matrix42.JiraConnector.Reliability.Tests.Crash;

/// <summary>How a run is interrupted.</summary>
internal enum InterruptionKind
{
    /// <summary>Nothing happens; the point only counts calls.</summary>
    None,

    /// <summary>The run's cancellation token is cancelled; the runner ends the run itself.</summary>
    Cancel,

    /// <summary>The process dies: from the point on, every call to a service or the store throws.</summary>
    Crash,
}
