namespace Matrix42.JiraConnector.Configuration;

/// <summary>The outcome of online validation: problems, and the field catalogs read per connector.</summary>
public sealed class OnlineValidationResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="problems">The problems found.</param>
    /// <param name="fieldCatalogs">The field catalog of each connector, by connector id.</param>
    public OnlineValidationResult(IReadOnlyList<ConfigurationProblem> problems,
        IReadOnlyDictionary<string, JiraFieldCatalog> fieldCatalogs)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(fieldCatalogs);
        Problems = problems;
        FieldCatalogs = fieldCatalogs;
        Validation = new ConfigurationValidationResult(problems);
    }

    /// <summary>Every problem found; empty when everything checked out.</summary>
    public IReadOnlyList<ConfigurationProblem> Problems { get; }

    /// <summary>The field catalog of each connector (by connector id), reusable to compile mappings.</summary>
    public IReadOnlyDictionary<string, JiraFieldCatalog> FieldCatalogs { get; }

    /// <summary>The problems as a validation result, e.g. to throw.</summary>
    public ConfigurationValidationResult Validation { get; }

    /// <summary>Whether no problem was found.</summary>
    public bool IsValid => Problems.Count == 0;
}
