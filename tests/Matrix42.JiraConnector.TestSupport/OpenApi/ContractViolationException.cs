namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>Thrown by <see cref="ContractValidationResult.EnsureValid"/> when a payload breaks the contract.</summary>
public sealed class ContractViolationException : Exception
{
    /// <summary>Creates the exception without a result.</summary>
    public ContractViolationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ContractViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ContractViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a failed validation; the message lists every problem.</summary>
    /// <param name="result">The failed validation.</param>
    public ContractViolationException(ContractValidationResult result)
        : base((result ?? throw new ArgumentNullException(nameof(result))).ToString()) => Result = result;

    /// <summary>The failed validation, when the exception was created from one.</summary>
    public ContractValidationResult? Result { get; }
}
