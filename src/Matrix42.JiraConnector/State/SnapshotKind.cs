namespace Matrix42.JiraConnector.State;

/// <summary>Which stream an extract snapshot file holds.</summary>
public enum SnapshotKind
{
    /// <summary>Users.</summary>
    Users = 0,

    /// <summary>Groups with their members.</summary>
    Groups = 1,

    /// <summary>Issues (generic tasks).</summary>
    Generic = 2,
}
