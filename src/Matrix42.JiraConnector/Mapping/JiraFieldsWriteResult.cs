using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>The Jira <c>fields</c> object built from an ESM card, and the values that could not be written.</summary>
public sealed class JiraFieldsWriteResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="fields">The fields object.</param>
    /// <param name="problems">The problems.</param>
    public JiraFieldsWriteResult(JsonObject fields, IReadOnlyList<MappingProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(problems);
        Fields = fields;
        Problems = problems;
    }

    /// <summary>The <c>fields</c> object for <c>POST /issue</c> or <c>PUT /issue/{key}</c>, keyed by field
    /// id.</summary>
    public JsonObject Fields { get; }

    /// <summary>Values that could not be written; their fields are left out.</summary>
    public IReadOnlyList<MappingProblem> Problems { get; }
}
