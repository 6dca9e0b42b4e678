namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>
/// Captures what is written to <see cref="Console.Out"/>, where the OpenTelemetry console exporter writes, and to
/// <see cref="Console.Error"/>, where the console logger writes. Both are process-wide, so tests using them run in a
/// collection that runs alone; so do tests that look at the temporary directory or the environment as a whole.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCapture
{
    public const string Name = "Process-wide state";

    internal static async Task<(T Result, string Console)> RunAsync<T>(Func<Task<T>> action)
    {
        var (result, console, _) = await RunWithErrorAsync(action);
        return (result, console);
    }

    /// <summary>Runs <paramref name="action"/> capturing standard output and standard error.</summary>
    internal static async Task<(T Result, string Out, string Error)> RunWithErrorAsync<T>(Func<Task<T>> action)
    {
        var original = Console.Out;
        var originalError = Console.Error;
        using var writer = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(writer);
        Console.SetError(error);
        try
        {
            var result = await action();
            return (result, writer.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(original);
            Console.SetError(originalError);
        }
    }
}
