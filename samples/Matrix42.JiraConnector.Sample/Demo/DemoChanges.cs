using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>
/// The changes step 3 makes in Jira between two runs: an issue edited and moved to another project (new key,
/// same id), a user deactivated and another removed, a group renamed (same id) and a comment added.
/// </summary>
/// <param name="EditedIssueId">The id of the edited and moved issue.</param>
/// <param name="OldKey">Its key before the move.</param>
/// <param name="NewKey">Its key after the move.</param>
/// <param name="CommentedIssueKey">The issue that got a new comment.</param>
/// <param name="DeactivatedAccountId">The user now inactive.</param>
/// <param name="RemovedAccountId">The user no longer on the site.</param>
/// <param name="RenamedGroupId">The renamed group.</param>
/// <param name="NewGroupName">Its new name.</param>
internal sealed record DemoChanges(
    string EditedIssueId,
    string OldKey,
    string NewKey,
    string CommentedIssueKey,
    string DeactivatedAccountId,
    string RemovedAccountId,
    string RenamedGroupId,
    string NewGroupName)
{
    public static DemoChanges Apply(DemoEnvironment demo)
    {
        var facts = demo.JiraFacts;
        var oldKey = facts.IssueKeys.First(k => k.StartsWith("OPS-", StringComparison.Ordinal));
        var issueId = demo.Jira.GetIssue(oldKey)?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"The seeded issue {oldKey} is missing.");
        demo.Jira.EditIssue(oldKey, new JsonObject { ["summary"] = "Printer down on floor 3 (all trays)" });
        var newKey = demo.Jira.MoveIssue(oldKey, "HR");

        var commented = facts.IssueKeys[^1];
        demo.Jira.AddComment(commented, "The replacement part arrived; fitting it tomorrow.", facts.People[0]);

        var deactivated = facts.People[10];
        var removed = facts.People[11];
        demo.Jira.DeactivateUser(deactivated);
        demo.Jira.RemoveUser(removed);

        const string newName = "finance-and-controlling";
        var group = demo.Jira.FindGroupId("finance")
            ?? throw new InvalidOperationException("The seeded group 'finance' is missing.");
        demo.Jira.RenameGroup(group, newName);

        // Search sees the edits at once, as it would a little later on a real site.
        demo.Jira.ReconcileSearch();
        return new DemoChanges(issueId, oldKey, newKey, commented, deactivated, removed, group, newName);
    }

    public IEnumerable<string> Describe()
    {
        yield return $"issue {OldKey} edited and moved to {NewKey} (id {EditedIssueId} stays)";
        yield return $"comment added to {CommentedIssueKey}";
        yield return $"user {DeactivatedAccountId} deactivated";
        yield return $"user {RemovedAccountId} removed from the site";
        yield return $"group {RenamedGroupId} renamed to '{NewGroupName}'";
    }
}
