namespace Matrix42.JiraConnector.Testing.Jira;

/// <summary>
/// Which issue fields a request asked for: <c>*all</c>, <c>*navigable</c>, explicit ids, and <c>-id</c>
/// exclusions, as Jira reads the <c>fields</c> parameter.
/// </summary>
internal sealed class FieldSelection
{
    private readonly HashSet<string> _included = new(StringComparer.Ordinal);
    private readonly HashSet<string> _excluded = new(StringComparer.Ordinal);

    private FieldSelection()
    {
    }

    public bool All { get; private set; }

    /// <summary>Whether nothing beyond id and key was asked for, which lets search answer larger pages.</summary>
    public bool IdsOnly => !All && _included.All(f => f is "id" or "key");

    public static FieldSelection Parse(IEnumerable<string?>? requested, bool defaultAll)
    {
        var selection = new FieldSelection();
        var any = false;
        foreach (var raw in requested ?? [])
        {
            foreach (var part in (raw
                ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                any = true;
                if (part is "*all" or "*navigable")
                {
                    selection.All = true;
                }
                else if (part.StartsWith('-'))
                {
                    selection._excluded.Add(part[1..]);
                }
                else
                {
                    selection._included.Add(part);
                }
            }
        }

        if (!any || (selection._included.Count == 0 && !selection.All))
        {
            selection.All = defaultAll;
        }

        return selection;
    }

    public bool Includes(string fieldId) =>
        !_excluded.Contains(fieldId) && (All || _included.Contains(fieldId));
}
