using System.Globalization;
using Matrix42.JiraConnector.LeaseContender;

// Usage: <state file> <holder> <contention ms> [--stale-first]
// Prints one line per event, see Contender.
if (args.Length < 3
    || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var contentionMs))
{
    await Console.Error.WriteLineAsync("usage: <state file> <holder> <contention ms> [--stale-first]");
    return 2;
}

var settings = new ContenderSettings(
    args[0], args[1], TimeSpan.FromMilliseconds(contentionMs), args.Contains("--stale-first"));
return await Contender.RunAsync(settings, Console.Out);
