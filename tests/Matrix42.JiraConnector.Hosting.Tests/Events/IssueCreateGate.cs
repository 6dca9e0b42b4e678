namespace Matrix42.JiraConnector.Hosting.Tests.Events;

/// <summary>
/// Holds every Jira issue create (POST .../issue) until opened, so a test can keep one poll pass in the middle of its
/// work while another host polls the same trigger.
/// </summary>
internal sealed class IssueCreateGate
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiting;

    /// <summary>How many creates are held now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public void Open() => _open.TrySetResult();

    public DelegatingHandler CreateHandler() => new Handler(this);

    private sealed class Handler(IssueCreateGate gate) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post
                && request.RequestUri!.AbsolutePath.EndsWith("/issue", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref gate._waiting);
                try
                {
                    await gate._open.Task.WaitAsync(cancellationToken);
                }
                finally
                {
                    Interlocked.Decrement(ref gate._waiting);
                }
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
