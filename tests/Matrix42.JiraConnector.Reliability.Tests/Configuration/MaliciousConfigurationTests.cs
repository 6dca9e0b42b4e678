using System.Globalization;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Jira;

namespace Matrix42.JiraConnector.Reliability.Tests.Configuration;

/// <summary>Hostile connection settings are refused offline, with a typed problem naming the setting.</summary>
public sealed class MaliciousConfigurationTests
{
    public static TheoryData<string> HostileUrls => new()
    {
        "http://acme.atlassian.net",
        "file:///etc/passwd",
        "ftp://acme.example.com",
        "javascript:alert(1)",
        "gopher://acme.example.com",
        "https://169.254.169.254",
        "https://169.254.169.254:8443",
        "https://169.254.0.1",
        "https://[fe80::1]",
        "https://[FE80::abcd:1]",
        "https://metadata.google.internal",
        "https://METADATA.GOOGLE.INTERNAL",
        "https://metadata",
        "https://instance-data.ec2.internal",
        "https://100.100.100.200",
        "https://[fd00:ec2::254]",
        "https://0.0.0.0",
        "https://[::]",
        "https://[::ffff:169.254.169.254]",
        "https://[::ffff:a9fe:a9fe]",
        "https://[::ffff:0.0.0.0]",
        "https://2852039166",
        "https://0xA9FEA9FE",
    };

    public static TheoryData<string> HostileHostsSpelledDifferently => new()
    {
        "https://metadata.google.internal.",
        "https://169.254.169.254.",
    };

    [Theory]
    [MemberData(nameof(HostileUrls))]
    public void Validate_HostileJiraSiteUrl_IsRejectedNamingTheSetting(string url)
    {
        var document = HostileConfiguration.Valid();
        document.Connector().Jira.SiteUrl = url;

        AssertRejected(document, HostileConfiguration.JiraSiteUrl);
    }

    [Theory]
    [MemberData(nameof(HostileUrls))]
    public void Validate_HostileEsmBaseUrl_IsRejectedNamingTheSetting(string url)
    {
        var document = HostileConfiguration.Valid();
        document.Connector().Esm.BaseUrl = url;

        AssertRejected(document, HostileConfiguration.EsmBaseUrl);
    }

    [Theory]
    [MemberData(nameof(HostileUrls))]
    public void Validate_HostileGatewayUrl_IsRejectedNamingTheSetting(string url)
    {
        var document = HostileConfiguration.Valid();
        document.Connector().Jira.CloudId = "cloud-1";
        document.Connector().Jira.GatewayUrl = url;

        AssertRejected(document, "connectors[0].jira.gatewayUrl");
    }

    [Theory]
    [MemberData(nameof(HostileHostsSpelledDifferently))]
    public void Validate_MetadataHostWithTrailingDot_IsRejected(string url)
    {
        var document = HostileConfiguration.Valid();
        document.Connector().Jira.SiteUrl = url;

        AssertRejected(document, HostileConfiguration.JiraSiteUrl);
    }

    [Fact]
    public void Validate_PlainHttpOnLoopbackWithoutOptIn_IsRejected()
    {
        var document = HostileConfiguration.Valid();
        document.Connector().Esm.BaseUrl = "http://127.0.0.1:8080/itsm";

        AssertRejected(document, HostileConfiguration.EsmBaseUrl, ConfigurationRule.InsecureUrl);
    }

    [Fact]
    public void Validate_UserInfoInUrl_IsRejectedWithoutEchoingThePassword()
    {
        var document = HostileConfiguration.Valid();
        document.Connector().Jira.SiteUrl = "https://admin:hunter2-canary@acme.atlassian.net";

        var problem = AssertRejected(document, HostileConfiguration.JiraSiteUrl);

        Assert.DoesNotContain("hunter2-canary", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IdOneOverTheLimit_IsRejected()
    {
        var document = HostileConfiguration.Valid();
        document.Connector().Id = new string('a', 65);

        AssertRejected(document, "connectors[0].id", ConfigurationRule.InvalidValue);
    }

    [Theory]
    [InlineData("id", 100_000)]
    [InlineData("taskId", 100_000)]
    public void Validate_ExtremelyLongId_IsRejectedWithAShortMessage(string which, int length)
    {
        var document = HostileConfiguration.Valid();
        var id = new string('a', length);
        if (which == "id")
        {
            document.Connector().Id = id;
        }
        else
        {
            document.Connector().ScheduledTasks[0].Id = id;
        }

        var path = which == "id" ? "connectors[0].id" : "connectors[0].scheduledTasks[0].id";
        var problem = AssertRejected(document, path);
        Assert.True(problem.Message.Length < 1_000, "the message echoes the whole value");
        Assert.Contains("100,000 chars", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("connectors[0].name", ConfigurationLimits.MaxNameLength)]
    [InlineData("connectors[0].jira.email", ConfigurationLimits.MaxEmailLength)]
    [InlineData("connectors[0].esm.webApiUser", ConfigurationLimits.MaxNameLength)]
    [InlineData("connectors[0].scheduledTasks[0].name", ConfigurationLimits.MaxNameLength)]
    [InlineData("connectors[0].scheduledTasks[0].jql", ConfigurationLimits.MaxJqlLength)]
    [InlineData("connectors[0].scheduledTasks[0].generic.template", ConfigurationLimits.MaxCodeLength)]
    [InlineData("connectors[0].scheduledTasks[0].generic.folder", ConfigurationLimits.MaxCodeLength)]
    [InlineData("connectors[0].scheduledTasks[0].generic.matchKey.attribute", ConfigurationLimits.MaxCodeLength)]
    [InlineData("connectors[0].scheduledTasks[0].generic.mappings[0].target", ConfigurationLimits.MaxCodeLength)]
    [InlineData("connectors[0].scheduledTasks[0].generic.mappings[0].source", ConfigurationLimits.MaxPathLength)]
    public void Validate_ExtremelyLongName_IsRejected(string path, int limit)
    {
        var document = HostileConfiguration.Valid();
        var name = new string('n', 100_000);
        var connector = document.Connector();
        var task = connector.ScheduledTasks[0];
        switch (path)
        {
            case "connectors[0].name": connector.Name = name; break;
            case "connectors[0].jira.email": connector.Jira.Email = name; break;
            case "connectors[0].esm.webApiUser": connector.Esm.WebApiUser = name; break;
            case "connectors[0].scheduledTasks[0].name": task.Name = name; break;
            case "connectors[0].scheduledTasks[0].jql": task.Jql = name; break;
            case "connectors[0].scheduledTasks[0].generic.template": task.Generic!.Template = name; break;
            case "connectors[0].scheduledTasks[0].generic.folder": task.Generic!.Folder = name; break;
            case "connectors[0].scheduledTasks[0].generic.matchKey.attribute":
                task.Generic!.MatchKey.Attribute = name;
                break;
            case "connectors[0].scheduledTasks[0].generic.mappings[0].source":
                task.Generic!.Mappings[0].Source = "fields." + name;
                break;
            default: task.Generic!.Mappings[0].Target = name; break;
        }

        var problem = AssertRejected(document, path, ConfigurationRule.TooLong);
        Assert.Contains(limit.ToString("N0", CultureInfo.InvariantCulture), problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("nnnnnnnnnn", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValuesAtTheirLimits_AreAccepted()
    {
        var document = HostileConfiguration.Valid();
        var connector = document.Connector();
        var task = connector.ScheduledTasks[0];
        task.Schedule = new ScheduleSettings { ManualOnly = true };
        connector.Name = new string('n', ConfigurationLimits.MaxNameLength);
        task.Name = new string('t', ConfigurationLimits.MaxNameLength);
        task.Jql = "summary ~ \"" + new string('q', ConfigurationLimits.MaxJqlLength - 12) + "\"";
        task.Generic!.Template = new string('c', ConfigurationLimits.MaxCodeLength);
        task.Generic.Mappings[0].Target = new string('a', ConfigurationLimits.MaxCodeLength);
        task.Generic.Mappings.Add(new AttributeMappingDefinition
        {
            Constant = new string('v', ConfigurationLimits.MaxValueLength), Target = "fixed",
        });

        var result = ConfigurationValidator.Validate(document);

        Assert.Equal(ConfigurationLimits.MaxJqlLength, task.Jql.Length);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://acme.example.com")]
    [InlineData("http://acme.atlassian.net")]
    [InlineData("javascript:alert(1)")]
    public void JiraClientOptions_NonHttpsSite_FailsNamingTheSetting(string url)
    {
        var options = new JiraClientOptions { SiteUrl = new Uri(url), Email = "a@example.test", ApiToken = "t" };

        var failures = options.Validate();

        Assert.Contains(failures, f => f.Contains("SiteUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://acme.efectecloud.com/itsm")]
    [InlineData("ftp://acme.example.com")]
    public void EsmClientOptions_NonHttpsBase_FailsNamingTheSetting(string url)
    {
        var options = new EsmClientOptions { BaseAddress = new Uri(url), Login = "webapi", Password = "p" };

        var failures = options.Validate();

        Assert.Contains(failures, f => f.Contains("BaseAddress", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://169.254.169.254")]
    [InlineData("https://[fe80::1]")]
    [InlineData("https://metadata.google.internal")]
    [InlineData("https://0.0.0.0")]
    public void JiraClientOptions_MetadataOrLinkLocalSite_FailsNamingTheSetting(string url)
    {
        var options = new JiraClientOptions { SiteUrl = new Uri(url), Email = "a@example.test", ApiToken = "t" };

        var failures = options.Validate();

        Assert.Contains(failures, f => f.Contains("SiteUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://169.254.169.254/itsm")]
    [InlineData("https://[fe80::1]/itsm")]
    [InlineData("https://metadata.google.internal/itsm")]
    public void EsmClientOptions_MetadataOrLinkLocalBase_FailsNamingTheSetting(string url)
    {
        var options = new EsmClientOptions { BaseAddress = new Uri(url), Login = "webapi", Password = "p" };

        var failures = options.Validate();

        Assert.Contains(failures, f => f.Contains("BaseAddress", StringComparison.Ordinal));
    }

    private static ConfigurationProblem AssertRejected(
        ConnectorConfigurationDocument document, string path, ConfigurationRule? rule = null)
    {
        var result = ConfigurationValidator.Validate(document);

        Assert.False(result.IsValid, $"'{path}' was accepted");
        var problem = Assert.Single(result.Problems, p => p.Path == path);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
        if (rule is { } expected)
        {
            Assert.Equal(expected, problem.Rule);
        }

        var thrown = Assert.Throws<ConfigurationValidationException>(
            () => ConfigurationValidator.ValidateAndThrow(document));
        Assert.Contains(path, thrown.Message, StringComparison.Ordinal);
        return problem;
    }
}
