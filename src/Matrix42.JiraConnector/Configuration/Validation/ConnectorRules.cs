namespace Matrix42.JiraConnector.Configuration;

/// <summary>Offline rules for one connector and its connection settings.</summary>
internal static class ConnectorRules
{
    public static void Check(ProblemCollector problems, ConnectorDefinition connector, string path, UniqueNames ids,
        UniqueNames names)
    {
        IdRules.CheckIdAndName(problems, connector.Id, connector.Name, path, ids, names, "The connector name");

        if (!Enum.IsDefined(connector.EnvironmentType))
        {
            problems.Add($"{path}.environmentType", ConfigurationRule.InvalidValue,
                "The environment type must be Test, Prod, Demo or Dev.");
        }

        CheckJira(problems, connector.Jira ?? new JiraConnectionSettings(), $"{path}.jira");
        CheckEsm(problems, connector.Esm ?? new EsmConnectionSettings(), $"{path}.esm");

        var scheduledNames = new UniqueNames("scheduled task name", ConfigurationRule.DuplicateName,
            StringComparer.OrdinalIgnoreCase);
        for (var t = 0; t < connector.ScheduledTasks.Count; t++)
        {
            ScheduledTaskRules.Check(problems, connector.ScheduledTasks[t], $"{path}.scheduledTasks[{t}]", ids,
                scheduledNames);
        }

        var eventNames = new UniqueNames("event task name", ConfigurationRule.DuplicateName,
            StringComparer.OrdinalIgnoreCase);
        for (var t = 0; t < connector.EventTasks.Count; t++)
        {
            EventTaskRules.Check(problems, connector.EventTasks[t], $"{path}.eventTasks[{t}]", ids, eventNames);
        }
    }

    private static void CheckJira(ProblemCollector problems, JiraConnectionSettings jira, string path)
    {
        var viaGateway = !string.IsNullOrWhiteSpace(jira.CloudId);
        problems.FitsLimit(jira.CloudId, $"{path}.cloudId", ConfigurationLimits.MaxCodeLength, "The cloud id");
        if (viaGateway)
        {
            UrlRules.Check(problems, jira.GatewayUrl, $"{path}.gatewayUrl", jira.AllowInsecureLoopback,
                allowPath: false);
        }
        else
        {
            UrlRules.Check(problems, jira.SiteUrl, $"{path}.siteUrl", jira.AllowInsecureLoopback, allowPath: false);
        }

        switch (jira.Authentication)
        {
            case JiraAuthenticationKind.ApiToken:
            case JiraAuthenticationKind.ScopedApiToken:
                if (problems.Require(jira.Email, $"{path}.email", "The account e-mail for API-token authentication"))
                {
                    problems.FitsLimit(jira.Email, $"{path}.email", ConfigurationLimits.MaxEmailLength, "The e-mail");
                }

                SecretRules.Check(problems, jira.ApiToken, $"{path}.apiToken", "The API token");
                if (jira.Authentication == JiraAuthenticationKind.ScopedApiToken && !viaGateway)
                {
                    problems.Add($"{path}.cloudId", ConfigurationRule.Required,
                        "A scoped API token works only through the gateway; set the site's cloudId.");
                }

                break;

            case JiraAuthenticationKind.BearerProvider:
                problems.RequireWithin(jira.BearerProviderName, $"{path}.bearerProviderName",
                    "The bearer provider name", ConfigurationLimits.MaxNameLength);
                break;

            default:
                problems.Add($"{path}.authentication", ConfigurationRule.InvalidValue,
                    "Authentication must be ApiToken, ScopedApiToken or BearerProvider.");
                break;
        }
    }

    private static void CheckEsm(ProblemCollector problems, EsmConnectionSettings esm, string path)
    {
        UrlRules.Check(problems, esm.BaseUrl, $"{path}.baseUrl", esm.AllowInsecureLoopback, allowPath: true);
        problems.RequireWithin(esm.WebApiUser, $"{path}.webApiUser", "The WebAPI user",
            ConfigurationLimits.MaxNameLength);

        SecretRules.Check(problems, esm.WebApiPassword, $"{path}.webApiPassword", "The WebAPI password");
    }
}
