namespace Matrix42.JiraConnector.Events;

/// <summary>How a workflow activity, or one part of it, ended.</summary>
public enum ActivityStatus
{
    /// <summary>Everything succeeded.</summary>
    Completed,

    /// <summary>Something failed; the original product calls this state "Exception".</summary>
    Failed,

    /// <summary>
    /// A creating call got no answer and a bounded lookup could not tell whether it was applied. The activity does not
    /// try again on its own, because that could create a duplicate.
    /// </summary>
    OutcomeUnknown,
}
