namespace Matrix42.JiraConnector.TestSupport;

/// <summary>
/// Locates the read-only <c>shared/</c> folder that sits beside the repository root
/// (reference documents, the OpenAPI spec, real Jira fixtures). Tests may read it; the product never does.
/// </summary>
public static class SharedFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The absolute path of the shared folder.</summary>
    public static string RootPath => Root.Value;

    /// <summary>The absolute path of a file below the shared folder, e.g. <c>fixtures/jira/x.json</c>.</summary>
    public static string PathOf(string relativePath) => Path.Combine(RootPath, relativePath);

    /// <summary>The text of a file below the shared folder.</summary>
    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>The path of a Jira fixture file by its file name.</summary>
    public static string JiraFixture(string fileName) => PathOf(Path.Combine("fixtures", "jira", fileName));

    private static string FindRoot()
    {
        var fromEnvironment = System.Environment.GetEnvironmentVariable("JIRACONNECTOR_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        // Walk up from the test binaries until a folder holds "shared" beside a repository root.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "reference")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "The shared/ folder was not found beside the repository. Set JIRACONNECTOR_SHARED_DIR to its path.");
    }
}
