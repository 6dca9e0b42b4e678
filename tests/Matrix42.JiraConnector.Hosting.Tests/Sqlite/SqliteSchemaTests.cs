using Matrix42.JiraConnector.Sqlite;
using Microsoft.Data.Sqlite;

namespace Matrix42.JiraConnector.Hosting.Tests.Sqlite;

public sealed class SqliteSchemaTests
{
    [Fact]
    public async Task FirstUse_NewFile_CreatesSchemaInWalMode()
    {
        using var database = new TempDatabase();
        var store = database.Open();

        await store.GetWatermarkAsync("t1");

        Assert.True(File.Exists(database.FilePath));
        Assert.Equal("wal", Scalar(database.FilePath, "PRAGMA journal_mode;"));
        Assert.Equal(1L, Scalar(database.FilePath, "SELECT MAX(version) FROM schema_version;"));
    }

    [Fact]
    public async Task Reopen_ExistingFile_DoesNotMigrateAgain()
    {
        using var database = new TempDatabase();
        await database.Open().GetWatermarkAsync("t1");

        await database.Open().GetWatermarkAsync("t1");

        Assert.Equal(1L, Scalar(database.FilePath, "SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public async Task Open_FileFromNewerLibrary_RefusedWithBothVersions()
    {
        using var database = new TempDatabase();
        await database.Open().GetWatermarkAsync("t1");
        Scalar(database.FilePath, "INSERT INTO schema_version (version) VALUES (99);");

        var error = await Assert.ThrowsAsync<SqliteStateSchemaException>(
            () => database.Open().GetWatermarkAsync("t1"));

        Assert.Equal(99, error.FileVersion);
        Assert.Equal(1, error.SupportedVersion);
        Assert.Contains(database.FilePath, error.Message);
    }

    [Fact]
    public async Task Open_FileThatIsNotSqlite_RefusedNamingTheFile()
    {
        using var database = new TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(database.FilePath)!);
        await File.WriteAllTextAsync(database.FilePath, string.Concat(Enumerable.Repeat("not a database; ", 512)));

        var error = await Assert.ThrowsAsync<SqliteStateSchemaException>(
            () => database.Open().GetWatermarkAsync("t1"));

        Assert.Contains(database.FilePath, error.Message);
        Assert.IsType<SqliteException>(error.InnerException);
    }

    [Fact]
    public async Task Open_DamagedFile_RefusedNamingTheFile()
    {
        using var database = new TempDatabase();
        await database.Open().GetWatermarkAsync("t1");
        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(database.FilePath);
        Array.Fill(bytes, (byte)0x5A, 16, 84);
        await File.WriteAllBytesAsync(database.FilePath, bytes);

        var error = await Assert.ThrowsAsync<SqliteStateSchemaException>(
            () => database.Open().GetWatermarkAsync("t1"));

        Assert.Contains(database.FilePath, error.Message);
    }

    [Fact]
    public async Task Open_PathIsAFolder_RefusedNamingTheFile()
    {
        using var database = new TempDatabase();
        Directory.CreateDirectory(database.FilePath);

        var error = await Assert.ThrowsAsync<SqliteStateSchemaException>(
            () => database.Open().GetWatermarkAsync("t1"));

        Assert.Contains(database.FilePath, error.Message);
    }

    [Fact]
    public void Create_WithoutPath_ThrowsNamingTheSetting()
    {
        var error = Assert.ThrowsAny<ArgumentException>(
            () => new SqliteConnectorStateStore(new SqliteStateStoreOptions()));

        Assert.Contains("Path", error.Message);
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
