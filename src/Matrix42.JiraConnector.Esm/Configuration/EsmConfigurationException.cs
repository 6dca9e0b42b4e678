namespace Matrix42.JiraConnector.Esm;

/// <summary>
/// Thrown when <see cref="EsmClientOptions"/> are not valid. The message lists every problem.
/// </summary>
public sealed class EsmConfigurationException : InvalidOperationException
{
    /// <summary>Initializes a new instance listing the given problems.</summary>
    /// <param name="problems">One message per problem.</param>
    public EsmConfigurationException(IReadOnlyList<string> problems)
        : base("The ESM client options are not valid: " + string.Join(" ", problems ?? []))
    {
        Problems = problems ?? [];
    }

    /// <summary>Gets one message per problem, each naming the setting.</summary>
    public IReadOnlyList<string> Problems { get; }

    internal static void ThrowIfInvalid(EsmClientOptions options)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new EsmConfigurationException(problems);
        }
    }
}
