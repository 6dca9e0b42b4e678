using System.Net;
using System.Text.Json;

namespace Matrix42.JiraConnector.Jira;

/// <summary>Account, server information and the connection test.</summary>
internal sealed class JiraConnectionOperations : IJiraConnectionOperations
{
    private readonly JiraHttp _http;

    public JiraConnectionOperations(JiraHttp http)
    {
        _http = http;
    }

    public Task<JiraUser> GetMyselfAsync(CancellationToken cancellationToken = default) =>
        _http.SendAsync(JiraCall.Get("rest/api/3/myself"), JiraJsonContext.Wire.JiraUser, cancellationToken);

    public Task<JiraServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) =>
        _http.SendAsync(JiraCall.Get("rest/api/3/serverInfo"), JiraJsonContext.Wire.JiraServerInfo, cancellationToken);

    public async Task<JiraConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken = default)
    {
        var call = new JiraCall(HttpMethod.Get, "rest/api/3/myself", JiraCallKind.Read) { NoRetry = true };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendRawAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (JiraApiException ex) when (ex.StatusCode is null && ex.InnerException is not null)
        {
            return Result(JiraConnectionOutcome.Unreachable, "The host did not answer: " + ex.InnerException.Message);
        }
        catch (JiraApiException ex)
        {
            // Only the cloud-id lookup of gateway access fails here with an answer: not a Jira Cloud site.
            return Result(JiraConnectionOutcome.WrongSite, ex.Message, (int?)ex.StatusCode);
        }

        using (response)
        {
            return await ClassifyAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<JiraConnectionTestResult> ClassifyAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        switch (response.StatusCode)
        {
            case HttpStatusCode.Unauthorized:
                return Result(JiraConnectionOutcome.InvalidCredentials,
                    "Jira refused the credentials (401): check the e-mail, the API token and its expiry.", status);
            case HttpStatusCode.Forbidden when JiraErrorReader.IsCaptcha(response):
                return Result(JiraConnectionOutcome.CaptchaRequired,
                    "Jira demands a CAPTCHA after failed logins; log in once through the browser.", status);
            case HttpStatusCode.NotFound:
            case >= HttpStatusCode.MovedPermanently and < HttpStatusCode.BadRequest:
                return Result(JiraConnectionOutcome.WrongSite,
                    "The host answered, but not as a Jira Cloud site.", status);
        }

        if (!response.IsSuccessStatusCode)
        {
            var error = await JiraErrorReader.CreateAsync(response, cancellationToken).ConfigureAwait(false);
            return Result(JiraConnectionOutcome.Failed, error.Message, status);
        }

        var sameHost = string.Equals(response.RequestMessage?.RequestUri?.Host, _http.Options.SiteUrl?.Host,
            StringComparison.OrdinalIgnoreCase) || _http.Options.Authentication != JiraAuthenticationKind.ApiToken;
        var me = await TryReadUserAsync(response, cancellationToken).ConfigureAwait(false);
        if (!sameHost || me?.AccountId is null)
        {
            return Result(JiraConnectionOutcome.WrongSite, "The host answered, but not with a Jira account.", status);
        }

        return new JiraConnectionTestResult
        {
            Outcome = JiraConnectionOutcome.Succeeded,
            Message = "Connected.",
            StatusCode = status,
            AccountId = me.AccountId,
            TimeZone = me.TimeZone,
        };
    }

    private static async Task<JiraUser?> TryReadUserAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return JsonSerializer.Deserialize(body, JiraJsonContext.Wire.JiraUser);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JiraConnectionTestResult Result(JiraConnectionOutcome outcome, string message, int? status = null) =>
        new() { Outcome = outcome, Message = message, StatusCode = status };
}
