namespace Matrix42.JiraConnector.Sample.Tests;

/// <summary>
/// Captures what is written to <see cref="Console.Out"/>, where the OpenTelemetry console exporter writes.
/// Console.Out is process-wide, so tests using it run in a collection that runs alone; so do tests that
/// look at the temporary directory as a whole.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCapture
{
    public const string Name = "Process-wide state";

    internal static async Task<(T Result, string Console)> RunAsync<T>(Func<Task<T>> action)
    {
        var original = Console.Out;
        using var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            var result = await action();
            return (result, writer.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
