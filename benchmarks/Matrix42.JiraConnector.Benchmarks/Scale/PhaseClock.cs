using System.Diagnostics;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Sync;

namespace Matrix42.JiraConnector.Benchmarks.Scale;

/// <summary>
/// Turns the runner's progress reports into wall seconds, process CPU seconds and allocated bytes per phase.
/// CPU and allocations are process-wide, so they belong to one phase only while a single task runs.
/// </summary>
internal sealed class PhaseClock : IProgress<SyncProgress>
{
    private readonly Dictionary<SyncPhase, (double Wall, double Cpu, long Bytes)> _spent = [];
    private readonly Lock _sync = new();
    private readonly long _started = Stopwatch.GetTimestamp();
    private SyncPhase _phase = SyncPhase.Starting;
    private long _since = Stopwatch.GetTimestamp();
    private TimeSpan _cpuSince = CpuTime();
    private long _bytesSince = GC.GetTotalAllocatedBytes();

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
            foreach (var (phase, spent) in _spent.OrderBy(p => p.Key))
            {
                json[phase.ToString()] = new JsonObject
                {
                    ["wallSeconds"] = Math.Round(spent.Wall, 3),
                    ["cpuSeconds"] = Math.Round(spent.Cpu, 3),
                    ["allocatedBytes"] = spent.Bytes,
                };
            }

            json["totalWallSeconds"] = Math.Round(Stopwatch.GetElapsedTime(_started).TotalSeconds, 3);
            return json;
        }
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private void Close(SyncPhase next)
    {
        var now = Stopwatch.GetTimestamp();
        var cpu = CpuTime();
        var bytes = GC.GetTotalAllocatedBytes();
        var spent = _spent.GetValueOrDefault(_phase);
        _spent[_phase] = (
            spent.Wall + Stopwatch.GetElapsedTime(_since, now).TotalSeconds,
            spent.Cpu + (cpu - _cpuSince).TotalSeconds,
            spent.Bytes + bytes - _bytesSince);
        _phase = next;
        _since = now;
        _cpuSince = cpu;
        _bytesSince = bytes;
    }
}
