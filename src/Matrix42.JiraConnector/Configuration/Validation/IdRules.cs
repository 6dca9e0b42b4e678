namespace Matrix42.JiraConnector.Configuration;

/// <summary>Ids are stamped on ESM cards, so they must exist, be unique and stay plain.</summary>
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

    private static readonly System.Buffers.SearchValues<char> AllowedChars = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");
}
