using System.Globalization;

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

        // A dry run's counts are what a real run would do, so its columns say so.
        var planned = runs.Where(r => r.Kind == "scheduled").All(r => r.DryRun);
        string[] headers = planned
            ? ["Read", "To create", "To update", "Unchanged", "Failed", "To inactivate", "To remove"]
            : ["Read", "Created", "Updated", "Unchanged", "Failed", "Inactive", "Removed"];
        var widths = headers.Select(h => Math.Max(h.Length, 6)).ToArray();
        await output.WriteLineAsync(
            $"  {"Task",-22} {"Extract",-10} {(planned ? "Plan" : "Load"),-10} "
            + string.Join(' ', headers.Select((h, i) => h.PadLeft(widths[i]))));
        foreach (var run in runs.Where(r => r.Kind == "scheduled"))
        {
            var c = run.Counts;
            int[] values = [c.Read, c.Created, c.Updated, c.Unchanged, c.Failed, c.MarkedInactive, c.MarkedRemoved];
            await output.WriteLineAsync(
                $"  {Cut(run.TaskName, 22),-22} {run.ExtractStatus ?? run.Status,-10} {run.LoadStatus ?? "-",-10} "
                + string.Join(' ', values.Select((v, i) => Number(v).PadLeft(widths[i]))));
            foreach (var error in run.Errors.Take(5))
            {
                await output.WriteLineAsync($"      error: {error}");
            }
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
