using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Matrix42.JiraConnector.Testing.Esm;

namespace Matrix42.JiraConnector.Testing.Tests.Esm;

public sealed class FakeEsmAuthTests
{
    [Fact]
    public async Task Login_ValidCredentials_ReturnsSameBearerJwtInHeaderAndBody()
    {
        using var tenant = new EsmTenant();
        using var form = Form(EsmTenant.Login, EsmTenant.Password);

        using var response = await tenant.Http.PostAsync("users/login", form);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var header = response.Headers.GetValues("Authorization").Single();
        Assert.StartsWith("Bearer ", header, StringComparison.Ordinal);
        Assert.Equal(header, (string?)body["token"]);
        Assert.Equal(200, (int?)body["code"]);
    }

    [Fact]
    public async Task Login_ValidCredentials_TokenIsHs512WithSubIssIatExpFifteenMinutesApart()
    {
        using var tenant = new EsmTenant();

        var token = await tenant.LogInAsync();

        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        var header = JsonNode.Parse(Base64UrlDecode(parts[0]))!;
        var claims = JsonNode.Parse(Base64UrlDecode(parts[1]))!;
        Assert.Equal("HS512", (string?)header["alg"]);
        Assert.Equal(EsmTenant.Login, (string?)claims["sub"]);
        Assert.EndsWith("/rest-api/itsm/v1/users/login", (string?)claims["iss"], StringComparison.Ordinal);
        Assert.Equal(tenant.Clock.GetUtcNow().ToUnixTimeSeconds(), (long)claims["iat"]!);
        Assert.Equal(900, (long)claims["exp"]! - (long)claims["iat"]!);
    }

    [Fact]
    public async Task Login_WrongPassword_Answers401WithApiException()
    {
        using var tenant = new EsmTenant();
        using var form = Form(EsmTenant.Login, "wrong");

        using var response = await tenant.Http.PostAsync("users/login", form);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (int?)body["code"]);
        Assert.Equal("Unauthorized", (string?)body["error"]);
        Assert.False(string.IsNullOrEmpty((string?)body["message"]));
        Assert.EndsWith("/users/login", (string?)body["url"], StringComparison.Ordinal);
        Assert.NotNull(body["timestamp"]);
        Assert.False(response.Headers.Contains("Authorization"));
    }

    [Fact]
    public async Task Login_MissingPasswordField_Answers400()
    {
        using var tenant = new EsmTenant();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = EsmTenant.Login });

        using var response = await tenant.Http.PostAsync("users/login", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Call_WithoutToken_Answers401()
    {
        using var tenant = new EsmTenant();

        var (status, body) = await tenant.GetAsync("dc");

        Assert.Equal(401, status);
        Assert.Equal(401, (int?)body!["code"]);
    }

    [Fact]
    public async Task Call_OneSecondBeforeExpiry_Succeeds()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        tenant.Clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        var (status, _) = await tenant.GetAsync("dc");

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task Call_AtExpiry_Answers401UntilNextLogin()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        tenant.Clock.Advance(TimeSpan.FromMinutes(15));
        var (expired, body) = await tenant.GetAsync("dc");
        await tenant.LogInAsync();
        var (renewed, _) = await tenant.GetAsync("dc");

        Assert.Equal(401, expired);
        Assert.Equal("Unauthorized", (string?)body!["error"]);
        Assert.Equal(200, renewed);
    }

    [Fact]
    public async Task Call_ConfiguredLifetime_ExpiresAfterThatLifetime()
    {
        using var tenant = new EsmTenant(new FakeEsmOptions { TokenLifetime = TimeSpan.FromMinutes(2) });
        await tenant.LogInAsync();

        tenant.Clock.Advance(TimeSpan.FromMinutes(2));
        var (status, _) = await tenant.GetAsync("dc");

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task Call_TamperedToken_Answers401()
    {
        using var tenant = new EsmTenant();
        var token = await tenant.LogInAsync();
        var parts = token.Split('.');
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"sub\":\"admin\",\"exp\":9999999999}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        tenant.Http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", $"{parts[0]}.{forged}.{parts[2]}");
        var (status, _) = await tenant.GetAsync("dc");

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task Call_AfterInvalidateTokens_Answers401()
    {
        using var tenant = new EsmTenant();
        await tenant.LogInAsync();

        tenant.Esm.InvalidateTokens();
        var (status, _) = await tenant.GetAsync("dc");

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task Echo_WithoutToken_EchoesMessage()
    {
        using var tenant = new EsmTenant();

        var (status, body) = await tenant.GetAsync("echo?message=hello%20there");

        Assert.Equal(200, status);
        Assert.Equal("hello there", (string?)body!["message"]);
    }

    [Fact]
    public async Task EchoJwt_WithoutThenWithToken_Answers401Then200()
    {
        using var tenant = new EsmTenant();

        var (anonymous, _) = await tenant.GetAsync("echo/jwt?message=x");
        await tenant.LogInAsync();
        var (authenticated, body) = await tenant.GetAsync("echo/jwt?message=x");

        Assert.Equal(401, anonymous);
        Assert.Equal(200, authenticated);
        Assert.Equal("x", (string?)body!["message"]);
    }

    [Fact]
    public async Task Login_AddedUser_CanLogIn()
    {
        var esm = new FakeEsm(new FakeEsmOptions { DefaultLogin = null }).AddUser("integration", "s3cret");
        using var http = new HttpClient(esm.CreateHandler()) { BaseAddress = esm.ApiBaseAddress };

        using var defaultUser = await http.PostAsync("users/login", Form("webapi", "webapi-password"));
        using var added = await http.PostAsync("users/login", Form("integration", "s3cret"));

        Assert.Equal(HttpStatusCode.Unauthorized, defaultUser.StatusCode);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
    }

    private static FormUrlEncodedContent Form(string login, string password) =>
        new(new Dictionary<string, string> { ["login"] = login, ["password"] = password });

    private static string Base64UrlDecode(string part)
    {
        var padded = part.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}
