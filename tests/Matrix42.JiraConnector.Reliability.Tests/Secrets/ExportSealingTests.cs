using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Configuration.Sealing;
using Matrix42.JiraConnector.Reliability.Tests.Configuration;

namespace Matrix42.JiraConnector.Reliability.Tests.Secrets;

/// <summary>Sealed exports: every kind of tampering is detected, and no two exports look alike.</summary>
public sealed class ExportSealingTests
{
    private const string Password = "export password 2026";
    private const string JiraCanary = "CANARY-jira-token-7d41";
    private const string EsmCanary = "CANARY-esm-password-93be";

    [Fact]
    public void Unseal_WrongPassword_IsDetected()
    {
        var exported = Export();

        var error = Assert.Throws<SecretSealingException>(
            () => ConfigurationExport.Unseal(
                ConnectorConfigurationSerializer.FromJson(exported), "wrong password 2026"));

        Assert.Equal(SecretSealingFailure.WrongPassword, error.Failure);
    }

    [Fact]
    public void Unseal_FlippedBitInEveryByteOfEverySealedBlock_IsDetected()
    {
        var document = ConnectorConfigurationSerializer.FromJson(Export());
        var blocks = SealedBlocks(document);
        using var sealer = SecretSealer.OpenForImport(Password, document.Sealing!);
        var trials = 0;

        foreach (var (connectorId, setting, value) in blocks)
        {
            var prefix = value[..(value.IndexOf(':', StringComparison.Ordinal) + 1)];
            var bytes = Convert.FromBase64String(value[prefix.Length..]);
            for (var i = 0; i < bytes.Length; i++)
            {
                for (var bit = 0; bit < 8; bit += 3)
                {
                    var flipped = (byte[])bytes.Clone();
                    flipped[i] ^= (byte)(1 << bit);
                    var error = Assert.Throws<SecretSealingException>(
                        () => sealer.Unseal(prefix + Convert.ToBase64String(flipped), connectorId, setting));
                    Assert.NotEqual(SecretSealingFailure.WrongPassword, error.Failure);
                    trials++;
                }
            }
        }

        Assert.True(trials > 100, $"only {trials} trials");
    }

    [Fact]
    public void Unseal_FlippedByteInTheDocument_IsDetectedByTheDocumentImport()
    {
        var document = ConnectorConfigurationSerializer.FromJson(Export());
        var token = document.Connectors[0].Jira.ApiToken!;
        var bytes = Convert.FromBase64String(token.Sealed!["v1:".Length..]);
        bytes[bytes.Length / 2] ^= 0x80;
        token.Sealed = "v1:" + Convert.ToBase64String(bytes);

        var error = Assert.Throws<SecretSealingException>(() => ConfigurationExport.Unseal(document, Password));

        Assert.Equal(SecretSealingFailure.Tampered, error.Failure);
    }

    [Fact]
    public void Unseal_SealedBlockMovedToAnotherConnector_IsDetected()
    {
        var document = ConnectorConfigurationSerializer.FromJson(Export(connectors: 2));
        document.Connectors[1].Jira.ApiToken!.Sealed = document.Connectors[0].Jira.ApiToken!.Sealed;

        var error = Assert.Throws<SecretSealingException>(() => ConfigurationExport.Unseal(document, Password));

        Assert.Equal(SecretSealingFailure.Tampered, error.Failure);
    }

    [Fact]
    public void Unseal_SealedBlockMovedToAnotherSetting_IsDetected()
    {
        var document = ConnectorConfigurationSerializer.FromJson(Export());
        document.Connectors[0].Esm.WebApiPassword!.Sealed = document.Connectors[0].Jira.ApiToken!.Sealed;

        var error = Assert.Throws<SecretSealingException>(() => ConfigurationExport.Unseal(document, Password));

        Assert.Equal(SecretSealingFailure.Tampered, error.Failure);
    }

    [Fact]
    public void Import_TruncatedDocument_IsDetectedAtEveryCut()
    {
        var exported = Export();
        var cuts = 0;

        for (var length = 0; length < exported.Length; length += 7)
        {
            var truncated = exported[..length];
            var error = Record.Exception(() => ConfigurationExport.Unseal(
                ConnectorConfigurationSerializer.FromJson(truncated), Password));
            Assert.True(error is ConfigurationFormatException or SecretSealingException,
                $"cut at {length}: {error?.GetType().Name ?? "accepted"}");
            cuts++;
        }

        Assert.True(cuts > 50);
    }

    [Fact]
    public void Unseal_TruncatedSealedBlock_IsDetected()
    {
        var document = ConnectorConfigurationSerializer.FromJson(Export());
        using var sealer = SecretSealer.OpenForImport(Password, document.Sealing!);
        var value = document.Connectors[0].Jira.ApiToken!.Sealed!;

        for (var length = 0; length < value.Length; length++)
        {
            var error = Record.Exception(() => sealer.Unseal(value[..length], "conn-1", "jira.apiToken"));
            Assert.True(error is SecretSealingException, $"cut at {length}: {error?.GetType().Name ?? "accepted"}");
        }
    }

    [Fact]
    public void Export_SameDataTwice_DiffersInSaltNonceAndCiphertextButUnsealsAlike()
    {
        var first = ConnectorConfigurationSerializer.FromJson(Export());
        var second = ConnectorConfigurationSerializer.FromJson(Export());

        Assert.NotEqual(first.Sealing!.Salt, second.Sealing!.Salt);
        Assert.NotEqual(first.Connectors[0].Jira.ApiToken!.Sealed, second.Connectors[0].Jira.ApiToken!.Sealed);
        var a = ConfigurationExport.Unseal(first, Password);
        var b = ConfigurationExport.Unseal(second, Password);
        Assert.Equal(JiraCanary, a.Connectors[0].Jira.ApiToken!.Inline);
        Assert.Equal(JiraCanary, b.Connectors[0].Jira.ApiToken!.Inline);
        Assert.Equal(EsmCanary, b.Connectors[0].Esm.WebApiPassword!.Inline);
    }

    [Fact]
    public void Seal_SameSecretTwiceWithOneSealer_UsesAFreshNonce()
    {
        using var sealer = SecretSealer.CreateForExport(Password);

        var a = sealer.Seal(JiraCanary, "conn-1", "jira.apiToken");
        var b = sealer.Seal(JiraCanary, "conn-1", "jira.apiToken");

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Export_Document_HoldsOnlyTheSealedForm()
    {
        var exported = Export(connectors: 2);

        Assert.DoesNotContain(JiraCanary, exported, StringComparison.Ordinal);
        Assert.DoesNotContain(EsmCanary, exported, StringComparison.Ordinal);
        Assert.Contains("\"sealed\"", exported, StringComparison.OrdinalIgnoreCase);
    }

    internal static string Export(int connectors = 1)
    {
        var document = HostileConfiguration.Valid();
        for (var i = 1; i < connectors; i++)
        {
            var extra = HostileConfiguration.Valid().Connector();
            extra.Id = $"conn-{i + 1}";
            extra.Name = $"Acme Jira {i + 1}";
            extra.ScheduledTasks[0].Id = $"task-issues-{i + 1}";
            extra.Jira.ApiToken = SecretValue.FromInline(JiraCanary + "-other");
            document.Connectors.Add(extra);
        }

        document.Connector().Jira.ApiToken = SecretValue.FromInline(JiraCanary);
        document.Connector().Esm.WebApiPassword = SecretValue.FromInline(EsmCanary);
        return ConnectorConfigurationSerializer.ToJson(ConfigurationExport.Seal(document, Password));
    }

    private static List<(string ConnectorId, string Setting, string Value)> SealedBlocks(
        ConnectorConfigurationDocument document) =>
    [
        .. document.Connectors.SelectMany(c => new[]
        {
            (c.Id!, "jira.apiToken", c.Jira.ApiToken?.Sealed),
            (c.Id!, "esm.webApiPassword", c.Esm.WebApiPassword?.Sealed),
        }).Where(b => b.Item3 is not null).Select(b => (b.Item1, b.Item2, b.Item3!)),
    ];
}
