namespace Matrix42.JiraConnector.Sample.Reporting;

/// <summary>Prints task runs as a fixed-width table, one line per run.</summary>
internal static class SummaryTable
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<TaskRunOutcome> runs)
    {
        foreach (var run in runs.Where(r => r.Kind == "event"))
        {
            var values = string.Join(", ", run.Values.Select(v => $"{v.Key}={v.Value}"));
            await output.WriteLineAsync($"  {run.TaskName}: {run.Status}: {run.Message} {values}".TrimEnd());
            foreach (var error in run.Errors.Skip(1))
            {
                await output.WriteLineAsync($"      error: {error}");
            }
        }

        if (!runs.Any(r => r.Kind == "scheduled"))
        {
            return;
        }

        await output.WriteLineAsync(
            $"  {"Task",-22} {"Extract",-10} {"Load",-10} {"Read",6} {"Created",8} {"Updated",8} {"Unchanged",10}"
            + $" {"Failed",7} {"Inactive",9} {"Removed",8}");
        foreach (var run in runs.Where(r => r.Kind == "scheduled"))
        {
            var c = run.Counts;
            await output.WriteLineAsync(
                $"  {Cut(run.TaskName, 22),-22} {run.ExtractStatus ?? run.Status,-10} {run.LoadStatus ?? "-",-10}"
                + $" {c.Read,6} {c.Created,8} {c.Updated,8} {c.Unchanged,10} {c.Failed,7} {c.MarkedInactive,9}"
                + $" {c.MarkedRemoved,8}");
            foreach (var error in run.Errors.Take(5))
            {
                await output.WriteLineAsync($"      error: {error}");
            }
        }
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
