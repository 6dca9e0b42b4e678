namespace Matrix42.JiraConnector.Events;

/// <summary>
/// An input of an activity is missing or wrong; raised before any Jira call and turned into an outcome.
/// </summary>
internal sealed class ActivityInputException : Exception
{
    public ActivityInputException(string message)
        : base(message)
    {
    }

    public ActivityInputException()
    {
    }

    public ActivityInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
