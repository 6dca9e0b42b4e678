using BenchmarkDotNet.Running;

// Runs the BenchmarkDotNet suites: dotnet run -c Release --project benchmarks/Matrix42.JiraConnector.Benchmarks
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
