using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Configuration.Sealing;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Matrix42.JiraConnector.Tests.Configuration;

public sealed class ConfigurationExportTests
{
    [Fact]
    public void Seal_ExportedJson_HoldsNoInlineSecretAndKeepsReferences()
    {
        var sealedDocument = ConfigurationExport.Seal(SampleConfiguration.Valid(), "export-pass");

        var json = ConnectorConfigurationSerializer.ToJson(sealedDocument);

        Assert.DoesNotContain("jira-token-XYZ", json, StringComparison.Ordinal);
        Assert.Equal(SecretKind.Sealed, sealedDocument.Connectors[0].Jira.ApiToken!.Kind);
        Assert.Equal("ESM_PASSWORD", sealedDocument.Connectors[0].Esm.WebApiPassword!.EnvironmentVariable);
        Assert.NotNull(sealedDocument.Sealing);
        Assert.True(ConfigurationValidator.Validate(sealedDocument).IsValid);
    }

    [Fact]
    public void Unseal_AfterJsonRoundTrip_RestoresTheSecretAndKeepsIds()
    {
        var original = SampleConfiguration.Valid();
        var json = ConnectorConfigurationSerializer.ToJson(ConfigurationExport.Seal(original, "export-pass"));

        var opened = ConfigurationExport.Unseal(ConnectorConfigurationSerializer.FromJson(json), "export-pass");

        Assert.Equal("jira-token-XYZ", opened.Connectors[0].Jira.ApiToken!.Reveal());
        Assert.Null(opened.Sealing);
        Assert.Equal("task-issues", opened.Connectors[0].ScheduledTasks[0].Id);
        Assert.Equal("jira-token-XYZ", original.Connectors[0].Jira.ApiToken!.Inline);
    }

    [Fact]
    public void Unseal_WrongPassword_ThrowsSealingException()
    {
        var sealedDocument = ConfigurationExport.Seal(SampleConfiguration.Valid(), "export-pass");

        Assert.Throws<SecretSealingException>(() => ConfigurationExport.Unseal(sealedDocument, "wrong-pass"));
    }

    [Fact]
    public void Unseal_SecretMovedToAnotherConnector_Fails()
    {
        var document = SampleConfiguration.Valid();
        var second = ConnectorConfigurationSerializer.Clone(document).Connectors[0];
        second.Id = "conn-2";
        second.Name = "Second";
        document.Connectors.Add(second);
        var sealedDocument = ConfigurationExport.Seal(document, "export-pass");
        sealedDocument.Connectors[1].Jira.ApiToken!.Sealed = sealedDocument.Connectors[0].Jira.ApiToken!.Sealed;

        Assert.Throws<SecretSealingException>(() => ConfigurationExport.Unseal(sealedDocument, "export-pass"));
    }

    [Fact]
    public void Unseal_SealedValuesWithoutHeader_ThrowsFormatException()
    {
        var sealedDocument = ConfigurationExport.Seal(SampleConfiguration.Valid(), "export-pass");
        sealedDocument.Sealing = null;

        Assert.Throws<ConfigurationFormatException>(() => ConfigurationExport.Unseal(sealedDocument, "export-pass"));
    }

    [Fact]
    public void Unseal_DocumentBoundFromConfiguration_OpensTheSecret()
    {
        var sealedDocument = ConfigurationExport.Seal(SampleConfiguration.Valid(), "export-pass");
        var json = ConnectorConfigurationSerializer.ToJson(sealedDocument);
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)))
            .Build();

        var bound = ConnectorConfigurationSerializer.FromConfiguration(configuration);
        var opened = ConfigurationExport.Unseal(bound, "export-pass");

        Assert.Equal("jira-token-XYZ", opened.Connectors[0].Jira.ApiToken!.Reveal());
    }
}
