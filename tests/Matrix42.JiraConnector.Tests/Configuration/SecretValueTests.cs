using Matrix42.JiraConnector.Configuration;

namespace Matrix42.JiraConnector.Tests.Configuration;

public sealed class SecretValueTests
{
    [Fact]
    public void ToString_Inline_NeverShowsTheSecret()
    {
        var secret = SecretValue.FromInline("s3cr3t-token");

        Assert.DoesNotContain("s3cr3t", secret.ToString(), StringComparison.Ordinal);
        Assert.Equal("inline:***", secret.ToString());
    }

    [Fact]
    public void ToString_EnvironmentReference_ShowsOnlyTheVariableName()
    {
        Assert.Equal("env:JIRA_TOKEN", SecretValue.FromEnvironmentVariable("JIRA_TOKEN").ToString());
    }

    [Fact]
    public void Reveal_EnvironmentReference_ReadsTheVariable()
    {
        var secret = SecretValue.FromEnvironmentVariable("JIRA_TOKEN");

        Assert.Equal("from-env", secret.Reveal(name => name == "JIRA_TOKEN" ? "from-env" : null));
    }

    [Fact]
    public void Reveal_UnsetVariable_ThrowsNamingTheVariable()
    {
        var secret = SecretValue.FromEnvironmentVariable("JIRA_TOKEN");

        var exception = Assert.Throws<InvalidOperationException>(() => secret.Reveal(_ => null));

        Assert.Contains("JIRA_TOKEN", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reveal_Sealed_ThrowsWithoutShowingTheSealedText()
    {
        var secret = new SecretValue { Sealed = "v1.AAAA.BBBB.CCCC" };

        var exception = Assert.Throws<InvalidOperationException>(() => secret.Reveal());

        Assert.DoesNotContain("AAAA", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kind_TwoFormsGiven_IsNoneAndAmbiguous()
    {
        var secret = new SecretValue { Inline = "a", EnvironmentVariable = "B" };

        Assert.Equal(SecretKind.None, secret.Kind);
        Assert.True(secret.IsAmbiguous);
        Assert.Throws<InvalidOperationException>(() => secret.Reveal());
    }
}
