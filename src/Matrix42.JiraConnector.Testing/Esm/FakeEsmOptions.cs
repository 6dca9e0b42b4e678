namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>Settings of a <see cref="FakeEsm"/> tenant.</summary>
public sealed class FakeEsmOptions
{
    /// <summary>The API base path. Default <c>/rest-api/itsm/v1</c> (the cloud path).</summary>
    public string BasePath { get; set; } = "/rest-api/itsm/v1";

    /// <summary>How long a login token stays valid. Default 15 minutes, the platform's default.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The login of the account created with the tenant. Default <c>webapi</c>; <see langword="null"/>
    /// creates none (add accounts with <see cref="FakeEsm.AddUser"/>).
    /// </summary>
    public string? DefaultLogin { get; set; } = "webapi";

    /// <summary>The password of the default account. Default <c>webapi-password</c>.</summary>
    public string DefaultPassword { get; set; } = "webapi-password";

    /// <summary>The id of the first card created. Default 10000; later cards get increasing ids.</summary>
    public long FirstDataCardId { get; set; } = 10_000;

    /// <summary>
    /// Scheme, host and port used in absolute URLs of responses when the request carries no
    /// <c>Host</c> header (in-process calls). Default <c>https://esm.fake</c>.
    /// </summary>
    public Uri PublicOrigin { get; set; } = new("https://esm.fake");

    /// <summary>
    /// Whether a filtered list that matches nothing answers 404 instead of an empty page, as one
    /// public client reports of real tenants. Default <see langword="false"/>.
    /// </summary>
    public bool NotFoundWhenFilterMatchesNothing { get; set; }

    /// <summary>
    /// Whether a write with any attribute error saves nothing: a create or modify then answers 400 and a
    /// bulk item is not saved. Default <see langword="false"/>: the valid attributes are saved and the bad
    /// ones reported. Real tenants are not documented either way; run tests both ways to stay safe.
    /// </summary>
    public bool RejectWritesWithAttributeErrors { get; set; }
}
