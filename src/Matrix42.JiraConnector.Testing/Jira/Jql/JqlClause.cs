using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Jira.Model;

namespace Matrix42.JiraConnector.Testing.Jira.Jql;

/// <summary>
/// One comparison. Like Jira, <c>!=</c> and <c>NOT IN</c> never match an issue whose field is empty; only
/// <c>IS EMPTY</c> finds those.
/// </summary>
internal sealed class JqlClause : JqlNode
{
    public JqlClause(JqlField field, string op, IReadOnlyList<JqlValue> values)
    {
        Field = field;
        Operator = op;
        Values = values;
        CheckSupported();
    }

    public JqlField Field { get; }

    public string Operator { get; }

    public IReadOnlyList<JqlValue> Values { get; }

    /// <summary>Operands resolved for one search, so a scan over many issues resolves them once.</summary>
    private (JqlContext Context, List<string?> Texts, List<DateTimeOffset> Instants)? _resolved;

    private bool IsRange => Operator is ">" or ">=" or "<" or "<=";

    public override bool Matches(JiraIssue issue, JqlContext context)
    {
        if (Operator is "is empty" or "is not empty")
        {
            return IsEmpty(issue) == (Operator == "is empty");
        }

        if (Field.IsDate)
        {
            return MatchDate(issue, context);
        }

        if (Field.IsNumeric)
        {
            return MatchNumber(issue);
        }

        if (Field.IsOrderedKey && IsRange)
        {
            return MatchKeyRange(issue);
        }

        var wanted = Resolve(context).Texts;
        if (Field.Kind == JqlFieldKind.Project)
        {
            // The most common clause of all, answered without allocating alias lists.
            var project = issue.Project;
            var hit = wanted.Exists(w => Same(w, project.Key) || Same(w, project.Id) || Same(w, project.Name));
            return Operator is "=" or "in" ? hit : !hit;
        }

        var entities = JqlIssueValues.Entities(issue, Field);
        if (entities.Count == 0)
        {
            // "resolution = Unresolved" is the one equality that matches an empty field.
            return wanted.Contains(null) && Field.Kind == JqlFieldKind.Resolution && Operator is "=" or "in";
        }

        var any = entities.Any(aliases => aliases.Any(a => wanted.Any(w =>
            string.Equals(a, w, StringComparison.OrdinalIgnoreCase))));
        return Operator is "=" or "in" ? any : !any;
    }

    private (JqlContext Context, List<string?> Texts, List<DateTimeOffset> Instants) Resolve(JqlContext context)
    {
        if (_resolved is { } cached && ReferenceEquals(cached.Context, context))
        {
            return cached;
        }

        var texts = Field.IsDate ? [] : Values.Select(v => Operand(v, context)).ToList();
        var instants = Field.IsDate ? Values.Select(v =>
            JqlDates.Resolve(v, Field.Name, context.Now, context.Zone)).ToList() : [];
        var resolved = (context, texts, instants);
        _resolved = resolved;
        return resolved;
    }

    private void CheckSupported()
    {
        var custom = Field.Custom;
        if (IsRange && !(Field.IsDate || Field.IsNumeric || Field.IsOrderedKey))
        {
            throw new JqlException($"The operator '{Operator}' is not supported by the '{Field.Name}' field.");
        }

        if (custom is not null && custom.SchemaType is not ("number" or "date" or "datetime" or "option"
            or "option-with-child" or "user" or "array") && Operator is not ("is empty" or "is not empty"))
        {
            throw new JqlException(
                $"The operator '{Operator.ToUpperInvariant()}' is not supported by the '{Field.Name}' field " +
                "(text fields are searched with '~', which this fake does not interpret).");
        }
    }

    private bool IsEmpty(JiraIssue issue) => Field.Kind switch
    {
        JqlFieldKind.ResolutionDate => issue.ResolutionDate is null,
        JqlFieldKind.Created or JqlFieldKind.Updated or JqlFieldKind.Key or JqlFieldKind.Id => false,
        JqlFieldKind.Custom => issue.GetExtra(Field.Custom!.Id) is null or JsonArray { Count: 0 },
        _ => JqlIssueValues.Entities(issue, Field).Count == 0,
    };

    private string? Operand(JqlValue value, JqlContext context)
    {
        if (!value.IsFunction)
        {
            return Field.Kind == JqlFieldKind.Resolution
                && value.Text.Equals("Unresolved", StringComparison.OrdinalIgnoreCase)
                ? null
                : value.Text;
        }

        if (value.Text.Equals("currentUser", StringComparison.OrdinalIgnoreCase)
            && Field.Kind is JqlFieldKind.Assignee or JqlFieldKind.Reporter)
        {
            return context.CallerId;
        }

        throw new JqlException(
            $"The function '{value.Text}()' is not supported for field '{Field.Name}' by this fake.");
    }

    private bool MatchDate(JiraIssue issue, JqlContext context)
    {
        if (JqlIssueValues.Date(issue, Field, context.Zone) is not { } actual)
        {
            return false;
        }

        var instants = Resolve(context).Instants;
        return Compare(instants.Select(i => actual.CompareTo(i)).ToList());
    }

    private bool MatchNumber(JiraIssue issue)
    {
        var actual = Field.Kind == JqlFieldKind.Id
            ? issue.Id
            : issue.GetExtra(Field.Custom!.Id) is JsonValue v && v.GetValueKind() == JsonValueKind.Number
                ? decimal.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
                : (decimal?)null;
        if (actual is null)
        {
            return false;
        }

        var numbers = Values.Select(v =>
            decimal.TryParse(v.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new JqlException($"The value '{v.Text}' is not a valid number for field '{Field.Name}'.")).ToList();
        return Compare(numbers.Select(n => actual.Value.CompareTo(n)).ToList());
    }

    private bool MatchKeyRange(JiraIssue issue)
    {
        var (project, number) = SplitKey(Values[0].Text);
        if (!string.Equals(issue.Project.Key, project, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (_, own) = SplitKey(issue.Key);
        return Compare([own.CompareTo(number)]);
    }

    private bool Compare(List<int> comparisons) => Operator switch
    {
        "=" or "in" => comparisons.Any(c => c == 0),
        "!=" or "not in" => comparisons.All(c => c != 0),
        ">" => comparisons[0] > 0,
        ">=" => comparisons[0] >= 0,
        "<" => comparisons[0] < 0,
        _ => comparisons[0] <= 0,
    };

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    internal static (string Project, long Number) SplitKey(string key)
    {
        var dash = key.LastIndexOf('-');
        if (dash <= 0
            || !long.TryParse(key.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new JqlException($"The issue key '{key}' for field 'key' is invalid.");
        }

        return (key[..dash], number);
    }
}
