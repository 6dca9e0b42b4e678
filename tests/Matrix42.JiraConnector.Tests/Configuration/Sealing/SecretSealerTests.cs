using Matrix42.JiraConnector.Configuration.Sealing;

namespace Matrix42.JiraConnector.Tests.Configuration.Sealing;

public sealed class SecretSealerTests
{
    private const string Password = "correct horse battery";
    private const string Canary = "CANARY-api-token-5f1c2e";

    [Fact]
    public void Unseal_AfterImportWithSamePassword_ReturnsSecret()
    {
        string sealedValue;
        SealingParameters parameters;
        using (var exporter = SecretSealer.CreateForExport(Password))
        {
            sealedValue = exporter.Seal(Canary, "conn-1", "jira.apiToken");
            parameters = exporter.Parameters;
        }

        using var importer = SecretSealer.OpenForImport(Password, parameters);

        Assert.Equal(Canary, importer.Unseal(sealedValue, "conn-1", "jira.apiToken"));
        Assert.DoesNotContain(Canary, sealedValue, StringComparison.Ordinal);
        Assert.True(parameters.Iterations >= 600_000);
    }

    [Fact]
    public void OpenForImport_WrongPassword_ThrowsWrongPassword()
    {
        using var exporter = SecretSealer.CreateForExport(Password);

        var error = Assert.Throws<SecretSealingException>(
            () => SecretSealer.OpenForImport("another password", exporter.Parameters));

        Assert.Equal(SecretSealingFailure.WrongPassword, error.Failure);
    }

    [Fact]
    public void Unseal_AnyFlippedByte_ThrowsTampered()
    {
        using var sealer = SecretSealer.CreateForExport(Password);
        var sealedValue = sealer.Seal(Canary, "conn-1", "jira.apiToken");
        var bytes = Convert.FromBase64String(sealedValue["v1:".Length..]);

        for (var i = 0; i < bytes.Length; i++)
        {
            var flipped = (byte[])bytes.Clone();
            flipped[i] ^= 0x01;
            var tampered = "v1:" + Convert.ToBase64String(flipped);

            var error = Assert.Throws<SecretSealingException>(() => sealer.Unseal(tampered, "conn-1", "jira.apiToken"));
            Assert.Equal(SecretSealingFailure.Tampered, error.Failure);
        }
    }

    [Theory]
    [InlineData("conn-2", "jira.apiToken")]
    [InlineData("conn-1", "esm.password")]
    public void Unseal_ValueMovedToOtherConnectorOrSetting_ThrowsTampered(string connectorId, string setting)
    {
        using var sealer = SecretSealer.CreateForExport(Password);
        var sealedValue = sealer.Seal(Canary, "conn-1", "jira.apiToken");

        var error = Assert.Throws<SecretSealingException>(() => sealer.Unseal(sealedValue, connectorId, setting));

        Assert.Equal(SecretSealingFailure.Tampered, error.Failure);
        Assert.DoesNotContain(Canary, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unseal_Truncated_ThrowsTampered()
    {
        using var sealer = SecretSealer.CreateForExport(Password);
        var sealedValue = sealer.Seal(Canary, "conn-1", "jira.apiToken");

        var error = Assert.Throws<SecretSealingException>(
            () => sealer.Unseal(sealedValue[..12], "conn-1", "jira.apiToken"));

        Assert.Equal(SecretSealingFailure.Tampered, error.Failure);
    }

    [Fact]
    public void Seal_SameSecretTwice_GivesDifferentValuesAndSalts()
    {
        using var first = SecretSealer.CreateForExport(Password);
        using var second = SecretSealer.CreateForExport(Password);

        Assert.NotEqual(first.Seal(Canary, "c", "s"), first.Seal(Canary, "c", "s"));
        Assert.NotEqual(first.Parameters.Salt, second.Parameters.Salt);
    }

    [Fact]
    public void OpenForImport_DowngradedIterations_ThrowsUnsupportedFormat()
    {
        using var exporter = SecretSealer.CreateForExport(Password);
        var weakened = exporter.Parameters with { Iterations = 1_000 };

        var error = Assert.Throws<SecretSealingException>(() => SecretSealer.OpenForImport(Password, weakened));

        Assert.Equal(SecretSealingFailure.UnsupportedFormat, error.Failure);
    }

    [Fact]
    public void CreateForExport_ShortPassword_ThrowsWeakPassword()
    {
        var error = Assert.Throws<SecretSealingException>(() => SecretSealer.CreateForExport("short"));

        Assert.Equal(SecretSealingFailure.WeakPassword, error.Failure);
    }
}
