namespace Matrix42.JiraConnector.Conventions.Tests;

/// <summary>
/// Reads every C# source file of the repository and fails when a line is longer than the style limit
/// (max_line_length in .editorconfig), so long lines cannot creep back in.
/// </summary>
public sealed class LineLengthConventionTests
{
    private const int MaxColumns = 120;

    private const string SolutionFileName = "Matrix42.JiraConnector.sln";

    private static readonly string[] SourceFolders = ["src", "tests", "samples", "benchmarks"];

    // Build output holds generated sources that nobody edits.
    private static readonly string[] SkippedFolders = ["obj", "bin"];

    public static TheoryData<string> Folders() => new(SourceFolders);

    [Theory]
    [MemberData(nameof(Folders))]
    public void CSharpLines_AreWithinTheColumnLimit(string folder)
    {
        var repositoryRoot = RepositoryRoot();
        var root = Path.Combine(repositoryRoot, folder);
        Assert.True(Directory.Exists(root), $"Source folder '{root}' does not exist");
        var files = CSharpFiles(root).ToList();
        Assert.NotEmpty(files);

        var offenders = files.SelectMany(file => LongLines(repositoryRoot, file)).ToList();

        Assert.True(offenders.Count == 0,
            $"{offenders.Count} line(s) longer than {MaxColumns} columns:{Environment.NewLine}" +
            string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Columns_CountCharactersNotUtf16Units()
    {
        // An emoji is two UTF-16 units but one column, as editors and grep count it.
        Assert.Equal(MaxColumns, Columns(new string('x', MaxColumns - 1) + "\U0001F44D"));
        Assert.Equal(MaxColumns + 1, Columns(new string('x', MaxColumns + 1)));
    }

    private static IEnumerable<string> CSharpFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(root, file)
                .Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
                .Any(part => SkippedFolders.Contains(part, StringComparer.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> LongLines(string repositoryRoot, string file)
    {
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            var columns = Columns(lines[i]);
            if (columns > MaxColumns)
            {
                yield return $"{Path.GetRelativePath(repositoryRoot, file)}:{i + 1}: {columns} columns";
            }
        }
    }

    private static int Columns(string line) => line.EnumerateRunes().Count();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above '{AppContext.BaseDirectory}' holds {SolutionFileName}; cannot find the sources.");
    }
}
