using System.Globalization;
using Matrix42.JiraConnector.LeaseContender;

// Usage: <state file> <holder> <deadline, Unix ms> [--stale-first]
// Prints one line per event, see ContenderReport.
if (args.Length < 3
    || !long.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var deadlineMs))
{
    await Console.Error.WriteLineAsync("usage: <state file> <holder> <deadline unix ms> [--stale-first]");
    return 2;
}

var settings = new ContenderSettings(
    args[0], args[1], DateTimeOffset.FromUnixTimeMilliseconds(deadlineMs), args.Contains("--stale-first"));
return await Contender.RunAsync(settings, Console.Out);
