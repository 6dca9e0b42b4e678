using System.Globalization;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>Short error texts for run records: the service's own message and status, never URLs or secrets.</summary>
internal static class Errors
{
    public static string Describe(Exception error) => error switch
    {
        EsmApiException esm => string.Create(
            CultureInfo.InvariantCulture,
            $"ESM error {esm.StatusCode}: {esm.ApiMessage ?? esm.Error ?? esm.GetType().Name}"),
        JiraApiException jira => string.Create(
            CultureInfo.InvariantCulture,
            $"Jira error {(int?)jira.StatusCode}: " +
            $"{(jira.ErrorMessages.Count > 0 ? jira.ErrorMessages[0] : jira.GetType().Name)}"),
        OperationCanceledException => "The run was stopped.",
        _ => $"{error.GetType().Name}: {error.Message}",
    };
}
