namespace Matrix42.JiraConnector.Configuration;

/// <summary>
/// Ids are stamped on ESM cards, so they must exist, be unique and stay plain; the names shown beside them
/// must exist, fit the limit and be unique too.
/// </summary>
internal static class IdRules
{
    public const int MaxLength = ConfigurationLimits.MaxIdLength;

    public static void CheckId(ProblemCollector problems, string? id, string path, UniqueNames ids)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(path, ConfigurationRule.Required,
                "The id is required; call ConfigurationIds.AssignMissing once and keep the generated ids.");
            return;
        }

        if (id.Length > MaxLength || id.AsSpan().IndexOfAnyExcept(AllowedChars) >= 0)
        {
            problems.Add(path, ConfigurationRule.InvalidValue,
                $"The id '{ValueExcerpt.Of(id)}' must be 1 to {MaxLength} letters, digits, '.', '_' or '-'.");
        }

        ids.Check(problems, id, path);
    }

    /// <summary>Checks the id and the name of a connector or task entry at <paramref name="path"/>.</summary>
    public static void CheckIdAndName(
        ProblemCollector problems, string? id, string? name, string path, UniqueNames ids, UniqueNames names,
        string what)
    {
        CheckId(problems, id, $"{path}.id", ids);
        if (problems.RequireWithin(name, $"{path}.name", what, ConfigurationLimits.MaxNameLength))
        {
            names.Check(problems, name, $"{path}.name");
        }
    }

    private static readonly System.Buffers.SearchValues<char> AllowedChars = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");
}
