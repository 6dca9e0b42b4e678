namespace Matrix42.JiraConnector.Esm.Tests.Configuration;

public sealed class EsmClientOptionsTests
{
    private static EsmClientOptions Valid() => new()
    {
        BaseAddress = new Uri("https://tenant.example.com"),
        Login = "webapi",
        Password = "secret-value",
    };

    [Fact]
    public void GetApiBaseUri_Default_AppendsTheCloudPath()
    {
        Assert.Equal("https://tenant.example.com/rest-api/itsm/v1", Valid().GetApiBaseUri().AbsoluteUri);
    }

    [Fact]
    public void GetApiBaseUri_OnPremisesPath_ReplacesTheCloudPath()
    {
        var options = Valid();
        options.BaseAddress = new Uri("https://esm.corp.example/");
        options.ApiPath = "/itsm/api/v1/";

        Assert.Equal("https://esm.corp.example/itsm/api/v1", options.GetApiBaseUri().AbsoluteUri);
    }

    [Fact]
    public void GetApiBaseUri_AddressAlreadyEndingWithTheApiPath_IsNotExtendedTwice()
    {
        var options = Valid();
        options.BaseAddress = new Uri("https://tenant.example.com/rest-api/itsm/v1/");

        Assert.Equal("https://tenant.example.com/rest-api/itsm/v1", options.GetApiBaseUri().AbsoluteUri);
    }

    [Theory]
    [InlineData("http://tenant.example.com", true)]
    [InlineData("http://127.0.0.1:8080", false)]
    [InlineData("ftp://tenant.example.com", true)]
    public void Validate_PlainHttp_IsRefusedUnlessLoopbackIsAllowed(string address, bool allowLoopback)
    {
        var options = Valid();
        options.BaseAddress = new Uri(address);
        options.AllowInsecureLoopback = allowLoopback;

        Assert.Contains(options.Validate(), p => p.Contains("BaseAddress", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://[::1]:8080")]
    [InlineData("http://localhost:8080")]
    public void Validate_PlainHttpToLoopbackWithOptIn_IsAccepted(string address)
    {
        var options = Valid();
        options.BaseAddress = new Uri(address);
        options.AllowInsecureLoopback = true;

        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Validate_SeveralProblems_ListsEveryOneNamingTheSetting()
    {
        var options = new EsmClientOptions { MaxRetryAttempts = -1 };

        var problems = options.Validate();

        Assert.Contains(problems, p => p.StartsWith("BaseAddress", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Login", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Password", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("MaxRetryAttempts", StringComparison.Ordinal));
        var error = Assert.Throws<EsmConfigurationException>(() => EsmClientFactory.Create(options));
        Assert.Equal(problems, error.Problems);
    }

    [Fact]
    public void ToString_NeverShowsThePassword()
    {
        var text = Valid().ToString();

        Assert.DoesNotContain("secret-value", text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
    }
}
