namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>The outcome of checking one request or response against the contract.</summary>
public sealed class ContractValidationResult
{
    internal ContractValidationResult(string method, string path, OpenApiOperation? operation,
        IReadOnlyList<ContractProblem> problems)
    {
        Method = method;
        Path = path;
        Operation = operation;
        Problems = problems;
    }

    /// <summary>The HTTP method that was checked, in upper case.</summary>
    public string Method { get; }

    /// <summary>The path that was checked, without query string.</summary>
    public string Path { get; }

    /// <summary>The operation the request matched, or <see langword="null"/> when none did.</summary>
    public OpenApiOperation? Operation { get; }

    /// <summary>Every problem found; empty when the payload honours the contract.</summary>
    public IReadOnlyList<ContractProblem> Problems { get; }

    /// <summary>Whether no problem was found.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>
    /// A copy without the problems <paramref name="accepted"/> selects, for known disagreements between the spec
    /// and the real service that a test chooses to tolerate (say which, and why, at the call site).
    /// </summary>
    /// <param name="accepted">Selects the problems to drop.</param>
    /// <returns>A result with the remaining problems.</returns>
    public ContractValidationResult Without(Func<ContractProblem, bool> accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        return new ContractValidationResult(Method, Path, Operation, [.. Problems.Where(p => !accepted(p))])
        {
            BodyIsJson = BodyIsJson,
        };
    }

    /// <summary>Whether the spec defines the body as JSON, so its media type should say so.</summary>
    internal bool BodyIsJson { get; init; }

    internal ContractValidationResult With(ContractProblem problem) =>
        new(Method, Path, Operation, [.. Problems, problem]) { BodyIsJson = BodyIsJson };

    /// <summary>
    /// Throws <see cref="ContractViolationException"/> listing every problem unless the result is valid.
    /// </summary>
    /// <returns>This result, for chaining.</returns>
    public ContractValidationResult EnsureValid() => IsValid ? this : throw new ContractViolationException(this);

    /// <summary>A multi-line summary: the call, the matched operation, then one line per problem.</summary>
    public override string ToString()
    {
        var header = $"{Method} {Path} -> {Operation?.ToString() ?? "no operation"}: "
            + (IsValid ? "valid" : $"{Problems.Count} problem(s)");
        return string.Join(System.Environment.NewLine, Problems.Select(p => "  " + p).Prepend(header));
    }
}
