using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matrix42.JiraConnector.Hosting.Scheduling;

/// <summary>
/// Starts and stops the scheduler for the host. The scheduler is resolved only when the host starts, after
/// options validation ran, so a host missing its state store fails with the list of problems rather than a
/// dependency error.
/// </summary>
internal sealed class ConnectorSchedulerHostedService(IServiceProvider services) : IHostedService
{
    private ConnectorScheduler? _scheduler;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _scheduler = services.GetRequiredService<ConnectorScheduler>();
        return _scheduler.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        _scheduler?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
