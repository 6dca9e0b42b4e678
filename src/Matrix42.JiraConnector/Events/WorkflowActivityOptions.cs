namespace Matrix42.JiraConnector.Events;

/// <summary>Settings of <see cref="WorkflowActivities"/>.</summary>
public sealed class WorkflowActivityOptions
{
    /// <summary>
    /// The prefix of the label that marks each created issue with its card id (e.g. <c>esm-card-10001</c>), so an
    /// issue whose create answer was lost can be found by search.
    /// </summary>
    /// <value>Defaults to <c>esm-card-</c>.</value>
    public string CorrelationLabelPrefix { get; set; } = "esm-card-";

    /// <summary>
    /// A searchable custom field (e.g. a text field with a searcher) that receives the card id instead of a label,
    /// for projects whose create screen has no labels.
    /// </summary>
    /// <value>No default: the label is used.</value>
    public string? CorrelationFieldId { get; set; }

    /// <summary>How many times a lost create is looked up by its marker; search lags behind writes.</summary>
    /// <value>Defaults to 5.</value>
    public int LookupAttempts { get; set; } = 5;

    /// <summary>The pause before each lookup.</summary>
    /// <value>Defaults to 2 seconds.</value>
    public TimeSpan LookupDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest exception text written to a card's exception attribute.</summary>
    /// <value>Defaults to 2000 characters.</value>
    public int MaxExceptionTextLength { get; set; } = 2000;
}
