namespace Matrix42.JiraConnector.Sample.Cli;

/// <summary>
/// One entry of the <c>Sample:Triggers</c> section: an ESM trigger <c>--serve</c> polls for an event task. Every
/// card of the task's template whose <see cref="Attribute"/> equals <see cref="Value"/> runs the activity once,
/// and again only after the card changed.
/// </summary>
internal sealed class SampleTriggerOptions
{
    /// <summary>The connector id; may be left out when the document has one connector.</summary>
    public string? Connector { get; set; }

    /// <summary>The event task, by id or name; required.</summary>
    public string? Task { get; set; }

    /// <summary>The activity, named as for <c>--activity</c>; defaults to the one the task's usage is for.</summary>
    public string? Activity { get; set; }

    /// <summary>The ESM attribute code of the condition; without it every card of the template matches.</summary>
    public string? Attribute { get; set; }

    /// <summary>The value <see cref="Attribute"/> must equal; required with it.</summary>
    public string? Value { get; set; }

    /// <summary>Seconds from the end of one poll to the start of the next.</summary>
    /// <value>Defaults to the scheduler's trigger poll interval (one minute).</value>
    public int? IntervalSeconds { get; set; }

    /// <summary>The worklog attribute a <c>push-comments</c> trigger transfers.</summary>
    /// <value>Defaults to <c>comments</c>.</value>
    public string Worklog { get; set; } = "comments";
}
