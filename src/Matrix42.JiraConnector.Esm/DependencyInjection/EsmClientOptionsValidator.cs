using Microsoft.Extensions.Options;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Validates <see cref="EsmClientOptions"/> at start, reporting every problem at once.</summary>
internal sealed class EsmClientOptionsValidator : IValidateOptions<EsmClientOptions>
{
    public ValidateOptionsResult Validate(string? name, EsmClientOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"ESM client '{name}': {p}"));
    }
}
