using System.Runtime.ExceptionServices;
using Polly.Timeout;

namespace Matrix42.JiraConnector.Hosting.Transfer;

/// <summary>
/// Watches the calls of one service during an import check: remembers the first failure so it can be reported
/// once with the connector's name, and stops calling a service that could not be reached or set up, so one dead
/// address costs one timeout rather than one per template.
/// </summary>
internal sealed class ServiceGuard(string service, string? address)
{
    private ExceptionDispatchInfo? _blocked;
    private Exception? _failure;
    private bool _unreachable;
    private bool _notSetUp;
    private bool _withMessage;

    public void BlockNotSetUp(Exception error, bool withMessage)
    {
        _failure = error;
        _notSetUp = true;
        _withMessage = withMessage;
        _blocked = ExceptionDispatchInfo.Capture(error);
    }

    public async Task<T> CallAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        _blocked?.Throw();
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A cancellation nobody asked for is a call that ran out of time; it must not end the check silently.
            var timeout = new TimeoutException($"{service} did not answer in time.", ex);
            Record(timeout, unreachable: true);
            throw timeout;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Record(ex, IsTransportFailure(ex));
            throw;
        }
    }

    /// <summary>The line naming the connector and service, or <see langword="null"/> when every call worked.</summary>
    public string? Describe(string? connectorId)
    {
        if (_failure is null)
        {
            return null;
        }

        var what = _notSetUp
            ? $"the {service} client could not be set up from the connector's settings ("
              + (_withMessage ? _failure.Message : _failure.GetType().Name) + ")"
            : _unreachable
                ? $"{service} at {SafeAddress(address)} could not be reached ({_failure.GetType().Name})"
                : $"{service} at {SafeAddress(address)} answered the check with an error ({_failure.GetType().Name})";
        return $"Connector '{connectorId}': {what}; the import was not checked against {service} and is refused.";
    }

    private void Record(Exception error, bool unreachable)
    {
        _failure ??= error;
        if (unreachable)
        {
            _unreachable = true;
            _failure = error;
            _blocked = ExceptionDispatchInfo.Capture(error);
        }
    }

    // The clients wrap transport failures in their own exceptions; the cause sits further in.
    private static bool IsTransportFailure(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or TimeoutRejectedException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    // Scheme, host, port and path only: user info or a query could carry a credential.
    private static string SafeAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath.TrimEnd('/')}"
            : "an address that is not a valid URL";
}
