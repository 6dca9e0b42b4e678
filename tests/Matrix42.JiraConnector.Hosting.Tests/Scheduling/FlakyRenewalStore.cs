using System.Reflection;
using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Hosting.Tests.Scheduling;

/// <summary>A state store whose first lease renewals fail with a passing error, as a busy disk would.</summary>
public class FlakyRenewalStore : DispatchProxy
{
    private IConnectorStateStore _inner = null!;
    private int _failuresLeft;

    public int FailedRenewals { get; private set; }

    public static IConnectorStateStore Wrap(IConnectorStateStore inner, int failures, out FlakyRenewalStore proxy)
    {
        var store = Create<IConnectorStateStore, FlakyRenewalStore>();
        proxy = (FlakyRenewalStore)(object)store;
        proxy._inner = inner;
        proxy._failuresLeft = failures;
        return store;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IConnectorStateStore.RenewLeaseAsync) && _failuresLeft > 0)
        {
            _failuresLeft--;
            FailedRenewals++;
            return Task.FromException<TaskLease>(new IOException("The state file is busy."));
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }
}
