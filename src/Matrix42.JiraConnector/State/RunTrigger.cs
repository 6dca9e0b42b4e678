namespace Matrix42.JiraConnector.State;

/// <summary>What started a run.</summary>
public enum RunTrigger
{
    /// <summary>The task's schedule.</summary>
    Schedule = 0,

    /// <summary>An operator asked to run it now.</summary>
    Manual = 1,

    /// <summary>The host application called it directly.</summary>
    Host = 2,
}
