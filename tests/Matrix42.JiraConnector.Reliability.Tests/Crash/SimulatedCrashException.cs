namespace Matrix42.JiraConnector.Reliability.Tests.Crash;

/// <summary>Thrown by every decorated call from the simulated crash on: the process is gone.</summary>
internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("The process crashed here (simulated).")
    {
    }

    public SimulatedCrashException(string message)
        : base(message)
    {
    }

    public SimulatedCrashException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
