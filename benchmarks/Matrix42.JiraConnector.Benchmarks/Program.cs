using BenchmarkDotNet.Running;
using Matrix42.JiraConnector.Benchmarks.Scale;

// `scale [options]` runs the scale harness, `serve-fakes [options]` is the harness's child process, and anything
// else goes to BenchmarkDotNet: dotnet run -c Release --project benchmarks/Matrix42.JiraConnector.Benchmarks
return args switch
{
    ["scale", .. var rest] => await ScaleCommand.RunAsync(rest),
    ["serve-fakes", .. var rest] => await FakeServerCommand.RunAsync(ScaleSize.Parse(rest)),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ScaleCommand).Assembly).Run(args);
    return 0;
}
