using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Tests.Configuration;

public sealed class SecretSealerTests
{
    [Fact]
    public void SealDocument_ExportedJson_HoldsNoInlineSecret()
    {
        var sealedDocument = SecretSealer.SealDocument(SampleConfiguration.Valid(), "export-pass");

        var json = ConnectorConfigurationSerializer.ToJson(sealedDocument);

        Assert.DoesNotContain("jira-token-XYZ", json, StringComparison.Ordinal);
        Assert.Equal(SecretKind.Sealed, sealedDocument.Connectors[0].Jira.ApiToken!.Kind);
        Assert.Equal("ESM_PASSWORD", sealedDocument.Connectors[0].Esm.WebApiPassword!.EnvironmentVariable);
    }

    [Fact]
    public void UnsealDocument_RightPassword_RestoresTheSecret()
    {
        var original = SampleConfiguration.Valid();
        var json = ConnectorConfigurationSerializer.ToJson(SecretSealer.SealDocument(original, "export-pass"));

        var opened = SecretSealer.UnsealDocument(ConnectorConfigurationSerializer.FromJson(json), "export-pass");

        Assert.Equal("jira-token-XYZ", opened.Connectors[0].Jira.ApiToken!.Reveal());
        Assert.Equal("jira-token-XYZ", original.Connectors[0].Jira.ApiToken!.Inline);
    }

    [Fact]
    public void Unseal_WrongPassword_ThrowsFormatException()
    {
        var sealedValue = SecretSealer.Seal("secret", "right");

        Assert.Throws<ConfigurationFormatException>(() => SecretSealer.Unseal(sealedValue, "wrong"));
    }

    [Fact]
    public void Seal_SameSecretTwice_GivesDifferentText()
    {
        Assert.NotEqual(SecretSealer.Seal("secret", "pass"), SecretSealer.Seal("secret", "pass"));
    }

    [Theory]
    [InlineData("v2.a.b.c")]
    [InlineData("v1.%%%.b.c")]
    [InlineData("garbage")]
    public void Unseal_DamagedValue_ThrowsFormatException(string sealedValue)
    {
        Assert.Throws<ConfigurationFormatException>(() => SecretSealer.Unseal(sealedValue, "pass"));
    }
}
