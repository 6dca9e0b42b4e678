using System.Net;
using System.Web;
using Matrix42.JiraConnector.Esm.Tests.Stubs;

namespace Matrix42.JiraConnector.Esm.Tests.Auth;

public sealed class AuthenticationTests : IDisposable
{
    private readonly EsmHarness _esm = new();

    public AuthenticationTests()
    {
        _esm.Stub.On(HttpMethod.Get, "/echo/jwt", _ => EsmResponses.Ok("ping"));
    }

    [Fact]
    public async Task FirstCall_LogsInWithFormFields_AndSendsTheHeaderTokenAsBearer()
    {
        await _esm.Client.CheckConnectionAsync();

        var login = _esm.Stub.RequestsTo(HttpMethod.Post, "/users/login").Single();
        var form = HttpUtility.ParseQueryString(login.Body!);
        Assert.Equal("webapi", form["login"]);
        Assert.Equal(EsmHarness.Password, form["password"]);
        Assert.Null(login.Authorization);
        var echo = _esm.Stub.RequestsTo(HttpMethod.Get, "/echo/jwt").Single();
        Assert.Equal("Bearer " + _esm.IssuedTokens.Single(), echo.Authorization);
    }

    [Fact]
    public async Task Login_TokenOnlyInBody_IsReadWithoutItsBearerPrefix()
    {
        var jwt = EsmResponses.Jwt(_esm.Time.GetUtcNow(), _esm.Time.GetUtcNow().AddMinutes(15));
        _esm.Stub.On(HttpMethod.Post, "/users/login", _ => EsmResponses.LoginWithBodyOnly(jwt));

        await _esm.Client.CheckConnectionAsync();

        Assert.Equal("Bearer " + jwt, _esm.Stub.RequestsTo(HttpMethod.Get, "/echo/jwt").Single().Authorization);
    }

    [Fact]
    public async Task Token_BeforeTheRenewalMargin_IsReused()
    {
        await _esm.Client.CheckConnectionAsync();
        _esm.Time.Advance(TimeSpan.FromMinutes(13));
        await _esm.Client.CheckConnectionAsync();

        Assert.Equal(1, _esm.Stub.Logins);
    }

    [Fact]
    public async Task Token_WithinTheRenewalMarginOfExp_IsRenewedBeforeTheCall()
    {
        await _esm.Client.CheckConnectionAsync();
        _esm.Time.Advance(TimeSpan.FromMinutes(14) + TimeSpan.FromSeconds(1));
        await _esm.Client.CheckConnectionAsync();

        Assert.Equal(2, _esm.Stub.Logins);
        var calls = _esm.Stub.RequestsTo(HttpMethod.Get, "/echo/jwt");
        Assert.Equal("Bearer " + _esm.IssuedTokens[1], calls[1].Authorization);
        Assert.NotEqual(calls[0].Authorization, calls[1].Authorization);
    }

    [Fact]
    public async Task Token_ExpiryIsReadFromTheJwtNotAssumed()
    {
        _esm.TokenLifetime = TimeSpan.FromMinutes(5);
        await _esm.Client.CheckConnectionAsync();
        _esm.Time.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(1));
        await _esm.Client.CheckConnectionAsync();

        Assert.Equal(2, _esm.Stub.Logins);
    }

    [Fact]
    public async Task Call_AnsweredWith401_RenewsOnceAndReplaysOnce()
    {
        var answered = 0;
        _esm.Stub.On(HttpMethod.Get, "/echo/jwt", _ => Interlocked.Increment(ref answered) == 1
            ? EsmResponses.Error(HttpStatusCode.Unauthorized, "token expired")
            : EsmResponses.Ok());

        await _esm.Client.CheckConnectionAsync();

        Assert.Equal(2, _esm.Stub.Logins);
        var calls = _esm.Stub.RequestsTo(HttpMethod.Get, "/echo/jwt");
        Assert.Equal(2, calls.Count);
        Assert.Equal("Bearer " + _esm.IssuedTokens[1], calls[1].Authorization);
        Assert.Contains(_esm.Logs.Entries, e => e.Id.Id == 2003);
    }

    [Fact]
    public async Task Call_AnsweredWith401Twice_IsAnAuthenticationErrorAfterOneReplay()
    {
        _esm.Stub.On(HttpMethod.Get, "/echo/jwt", _ => EsmResponses.Error(HttpStatusCode.Unauthorized, "nope"));

        var error = await Assert.ThrowsAsync<EsmAuthenticationException>(() => _esm.Client.CheckConnectionAsync());

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("nope", error.ApiMessage);
        Assert.Equal(2, _esm.Stub.RequestsTo(HttpMethod.Get, "/echo/jwt").Count);
        Assert.Equal(2, _esm.Stub.Logins);
    }

    [Fact]
    public async Task ConcurrentCallers_ShareOneLogin()
    {
        var release = new TaskCompletionSource();
        var jwt = EsmResponses.Jwt(_esm.Time.GetUtcNow(), _esm.Time.GetUtcNow().AddMinutes(15));
        _esm.Stub.OnAsync(HttpMethod.Post, "/users/login", async _ =>
        {
            await release.Task;
            return EsmResponses.LoginWithHeader(jwt);
        });

        var calls = Enumerable.Range(0, 12).Select(_ => Task.Run(() => _esm.Client.CheckConnectionAsync())).ToArray();
        await Task.Delay(50);
        release.SetResult();
        await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, _esm.Stub.Logins);
        Assert.All(_esm.Stub.RequestsTo(HttpMethod.Get, "/echo/jwt"), r => Assert.Equal("Bearer " + jwt,
            r.Authorization));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task Login_Refused_IsAnAuthenticationErrorWithoutThePassword(HttpStatusCode status)
    {
        _esm.Stub.On(HttpMethod.Post, "/users/login", _ => EsmResponses.Error(status, "Bad credentials"));

        var error = await Assert.ThrowsAsync<EsmAuthenticationException>(() => _esm.Client.CheckConnectionAsync());

        Assert.Equal((int)status, error.StatusCode);
        Assert.Equal("Bad credentials", error.ApiMessage);
        Assert.Contains("External API", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EsmHarness.Password, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_esm.Stub.RequestsTo(HttpMethod.Get, "/echo/jwt"));
        Assert.Contains(_esm.Logs.Entries, e => e.Id.Id == 2002);
    }

    [Fact]
    public async Task Login_SuccessWithoutAnyToken_IsAnAuthenticationError()
    {
        _esm.Stub.On(HttpMethod.Post, "/users/login", _ => EsmResponses.Json(HttpStatusCode.OK, new { }));

        await Assert.ThrowsAsync<EsmAuthenticationException>(() => _esm.Client.CheckConnectionAsync());
    }

    [Fact]
    public async Task Secrets_NeverAppearInLogsExceptionsOrToString()
    {
        _esm.Stub.On(HttpMethod.Get, "/echo/jwt", _ => EsmResponses.Error(HttpStatusCode.Unauthorized, "expired"));

        var error = await Assert.ThrowsAsync<EsmAuthenticationException>(() => _esm.Client.CheckConnectionAsync());

        var everything = string.Join("\n", _esm.Logs.AllText, error.ToString(), _esm.Options.ToString(), _esm.Client);
        Assert.DoesNotContain(EsmHarness.Password, everything, StringComparison.Ordinal);
        Assert.All(_esm.IssuedTokens, token => Assert.DoesNotContain(token, everything, StringComparison.Ordinal));
        Assert.NotEmpty(_esm.Logs.Entries);
    }

    public void Dispose() => _esm.Dispose();
}
