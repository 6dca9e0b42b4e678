namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>The field ids of the demo's custom fields, one of each shape the mapping reads.</summary>
/// <param name="EsmReference">A text field.</param>
/// <param name="StoryPoints">A number field.</param>
/// <param name="DueReview">A date field.</param>
/// <param name="Impact">A single-choice option field.</param>
/// <param name="AffectedSites">A multi-value text field.</param>
internal sealed record DemoCustomFields(
    string EsmReference, string StoryPoints, string DueReview, string Impact, string AffectedSites);
