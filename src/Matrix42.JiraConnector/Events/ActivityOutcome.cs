namespace Matrix42.JiraConnector.Events;

/// <summary>
/// What a workflow activity did. <see cref="ActivityStatus.Completed"/> only when every part succeeded; otherwise
/// <see cref="ActivityStatus.Failed"/> (or <see cref="ActivityStatus.OutcomeUnknown"/>) with the parts that did not.
/// </summary>
public sealed class ActivityOutcome
{
    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    private ActivityOutcome(ActivityStatus status, string message, IReadOnlyList<ActivityPart> parts,
        IReadOnlyDictionary<string, string>? values)
    {
        Status = status;
        Message = message;
        Parts = parts;
        Values = values ?? NoValues;
    }

    /// <summary>How the activity ended.</summary>
    public ActivityStatus Status { get; }

    /// <summary>A summary; on failure this is the text written to the card's exception attribute.</summary>
    public string Message { get; }

    /// <summary>The outcome of each part; empty when the activity had only one.</summary>
    public IReadOnlyList<ActivityPart> Parts { get; }

    /// <summary>
    /// What the activity learnt from Jira, such as <c>issueId</c>, <c>issueKey</c>, <c>accountId</c> or <c>groupId</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Whether the activity completed.</summary>
    public bool IsCompleted => Status == ActivityStatus.Completed;

    /// <summary>Creates a completed outcome.</summary>
    /// <param name="message">What was done.</param>
    /// <param name="parts">The parts, if any.</param>
    /// <param name="values">Values learnt from Jira, if any.</param>
    /// <returns>The outcome.</returns>
    public static ActivityOutcome Completed(string message, IReadOnlyList<ActivityPart>? parts = null,
        IReadOnlyDictionary<string, string>? values = null) =>
        new(ActivityStatus.Completed, message, parts ?? [], values);

    /// <summary>Creates a failed outcome.</summary>
    /// <param name="message">Why it failed.</param>
    /// <param name="parts">The parts, if any.</param>
    /// <returns>The outcome.</returns>
    public static ActivityOutcome Failed(string message, IReadOnlyList<ActivityPart>? parts = null) =>
        new(ActivityStatus.Failed, message, parts ?? [], null);

    /// <summary>Creates an outcome for a create whose result could not be established.</summary>
    /// <param name="message">What is unknown.</param>
    /// <returns>The outcome.</returns>
    public static ActivityOutcome Unknown(string message) =>
        new(ActivityStatus.OutcomeUnknown, message, [], null);

    /// <summary>Combines the parts of a multi-part activity: completed only when every part completed.</summary>
    /// <param name="what">What the activity did, e.g. <c>Added the user to groups</c>.</param>
    /// <param name="parts">The parts.</param>
    /// <returns>The outcome.</returns>
    public static ActivityOutcome FromParts(string what, IReadOnlyList<ActivityPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var bad = parts.Where(p => p.Status != ActivityStatus.Completed).ToList();
        if (bad.Count == 0)
        {
            return Completed($"{what}: {parts.Count} of {parts.Count} succeeded.", parts);
        }

        var details = string.Join("; ", bad.Select(p => $"{p.Name}: {p.Message}"));
        var message = $"{what}: {parts.Count - bad.Count} of {parts.Count} succeeded. Failed: {details}";
        return bad.Exists(p => p.Status == ActivityStatus.OutcomeUnknown) && bad.Count == parts.Count
            ? new ActivityOutcome(ActivityStatus.OutcomeUnknown, message, parts, null)
            : new ActivityOutcome(ActivityStatus.Failed, message, parts, null);
    }

    /// <summary>Formats the status and message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Status}: {Message}";
}
