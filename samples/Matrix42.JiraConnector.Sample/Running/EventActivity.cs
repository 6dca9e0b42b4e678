using Matrix42.JiraConnector.Hosting.Tasks;

namespace Matrix42.JiraConnector.Sample.Running;

/// <summary>The workflow activities <c>--event</c> can run, named as on the command line (<c>--activity</c>).</summary>
internal static class EventActivity
{
    public const string CreateIssue = "create-issue";
    public const string UpdateIssue = "update-issue";
    public const string PushComments = "push-comments";
    public const string PushStatus = "push-status";
    public const string CreateUser = "create-user";
    public const string DeleteUser = "delete-user";
    public const string CreateGroup = "create-group";
    public const string DeleteGroup = "delete-group";
    public const string AddToGroups = "add-to-groups";
    public const string RemoveFromGroups = "remove-from-groups";

    public static IReadOnlyList<string> All { get; } =
    [
        CreateIssue, UpdateIssue, PushComments, PushStatus, CreateUser, DeleteUser, CreateGroup, DeleteGroup,
        AddToGroups, RemoveFromGroups,
    ];

    /// <summary>The hosting package's kind of a named activity.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="All"/>.</exception>
    public static EventActivityKind KindOf(string activity) => activity switch
    {
        CreateIssue => EventActivityKind.CreateIssue,
        UpdateIssue => EventActivityKind.UpdateIssue,
        PushComments => EventActivityKind.PushComments,
        PushStatus => EventActivityKind.PushStatus,
        CreateUser => EventActivityKind.CreateUser,
        DeleteUser => EventActivityKind.DeleteUser,
        CreateGroup => EventActivityKind.CreateGroup,
        DeleteGroup => EventActivityKind.DeleteGroup,
        AddToGroups => EventActivityKind.AddUserToGroups,
        RemoveFromGroups => EventActivityKind.RemoveUserFromGroups,
        _ => throw new ArgumentException($"Unknown activity '{activity}'.", nameof(activity)),
    };
}
