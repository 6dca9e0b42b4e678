using System.Diagnostics;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Sync;

namespace Matrix42.JiraConnector.Benchmarks.Scale;

/// <summary>Turns the runner's progress reports into seconds spent per phase.</summary>
internal sealed class PhaseClock : IProgress<SyncProgress>
{
    private readonly Dictionary<SyncPhase, double> _seconds = [];
    private readonly Lock _sync = new();
    private readonly long _started = Stopwatch.GetTimestamp();
    private SyncPhase _phase = SyncPhase.Starting;
    private long _since = Stopwatch.GetTimestamp();

    public void Report(SyncProgress value)
    {
        lock (_sync)
        {
            if (value.Phase != _phase)
            {
                Close(value.Phase);
            }
        }
    }

    public JsonObject ToJson()
    {
        lock (_sync)
        {
            Close(_phase);
            var json = new JsonObject();
            foreach (var (phase, seconds) in _seconds.OrderBy(p => p.Key))
            {
                json[phase.ToString()] = Math.Round(seconds, 3);
            }

            json["total"] = Math.Round(Stopwatch.GetElapsedTime(_started).TotalSeconds, 3);
            return json;
        }
    }

    private void Close(SyncPhase next)
    {
        var now = Stopwatch.GetTimestamp();
        _seconds[_phase] = _seconds.GetValueOrDefault(_phase) + Stopwatch.GetElapsedTime(_since, now).TotalSeconds;
        _phase = next;
        _since = now;
    }
}
