namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>A validated, frozen copy of <see cref="FakeEsmOptions"/>.</summary>
internal sealed record FakeEsmSettings(
    string BasePath,
    TimeSpan TokenLifetime,
    string? DefaultLogin,
    string DefaultPassword,
    long FirstDataCardId,
    string PublicOrigin,
    bool NotFoundWhenFilterMatchesNothing,
    bool RejectWritesWithAttributeErrors)
{
    public static FakeEsmSettings From(FakeEsmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.BasePath is not { Length: > 1 } path || path[0] != '/' || path[^1] == '/')
        {
            problems.Add($"BasePath '{options.BasePath}' must start with '/' and not end with '/'.");
        }

        if (options.TokenLifetime < TimeSpan.FromSeconds(1))
        {
            problems.Add("TokenLifetime must be at least one second.");
        }

        if (options.FirstDataCardId < 1)
        {
            problems.Add("FirstDataCardId must be positive.");
        }

        if (options.PublicOrigin is not { IsAbsoluteUri: true })
        {
            problems.Add("PublicOrigin must be an absolute URI.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid FakeEsmOptions: " + string.Join(" ", problems), nameof(options));
        }

        return new FakeEsmSettings(
            options.BasePath,
            options.TokenLifetime,
            options.DefaultLogin,
            options.DefaultPassword,
            options.FirstDataCardId,
            options.PublicOrigin.GetLeftPart(UriPartial.Authority),
            options.NotFoundWhenFilterMatchesNothing,
            options.RejectWritesWithAttributeErrors);
    }
}
