using System.Collections.Concurrent;

namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>
/// A <see cref="DelegatingHandler"/> that checks every request it forwards and every response it passes back
/// against a contract, and keeps the results. It never fails a call itself, so retries and error handling run
/// as they would; a test asserts afterwards with <see cref="EnsureNoViolations"/>.
/// </summary>
public sealed class ContractCheckingHandler : DelegatingHandler
{
    private readonly OpenApiContract contract;
    private readonly ConcurrentQueue<ContractValidationResult> results = new();

    /// <summary>Creates a handler to be given its inner handler later (e.g. in an HTTP client pipeline).</summary>
    /// <param name="contract">The contract to check against.</param>
    public ContractCheckingHandler(OpenApiContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        this.contract = contract;
    }

    /// <summary>Creates a handler in front of <paramref name="innerHandler"/> (a fake server or a recorder).</summary>
    /// <param name="contract">The contract to check against.</param>
    /// <param name="innerHandler">The handler that answers.</param>
    public ContractCheckingHandler(OpenApiContract contract, HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
        ArgumentNullException.ThrowIfNull(contract);
        this.contract = contract;
    }

    /// <summary>Whether requests are checked.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool CheckRequests { get; init; } = true;

    /// <summary>Whether responses are checked.</summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool CheckResponses { get; init; } = true;

    /// <summary>Every check so far, in order: for each call the request's result, then the response's.</summary>
    public IReadOnlyList<ContractValidationResult> Results => [.. results];

    /// <summary>The checks that found problems.</summary>
    public IReadOnlyList<ContractValidationResult> Violations => [.. results.Where(r => !r.IsValid)];

    /// <summary>Throws <see cref="ContractViolationException"/> listing every violation, if there is any.</summary>
    public void EnsureNoViolations()
    {
        var violations = Violations;
        if (violations.Count > 0)
        {
            throw new ContractViolationException(string.Join(System.Environment.NewLine, violations));
        }
    }

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendAsync(request, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (CheckRequests)
        {
            results.Enqueue(await contract.ValidateRequestAsync(request, cancellationToken).ConfigureAwait(false));
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (CheckResponses)
        {
            response.RequestMessage ??= request;
            results.Enqueue(await contract.ValidateResponseAsync(response, cancellationToken).ConfigureAwait(false));
        }

        return response;
    }
}
