using Matrix42.JiraConnector.Hosting.Telemetry;

namespace Matrix42.JiraConnector.Hosting.Tests.Telemetry;

public sealed class ApiPathTemplateTests
{
    [Theory]
    [InlineData("https://x.test/rest/api/3/search/jql?jql=project%3DOPS", "/rest/api/3/search/jql")]
    [InlineData("https://x.test/rest/api/3/issue/OPS-7/comment/10042", "/rest/api/3/issue/{}/comment/{}")]
    [InlineData("https://x.test/rest/api/3/issue/10042", "/rest/api/3/issue/{}")]
    [InlineData("https://x.test/rest/api/3/user?accountId=5b10ac8d82e05b22cc7d4ef5", "/rest/api/3/user")]
    [InlineData(
        "https://api.x.test/ex/jira/0e493c98-6102-463a-bc17-4980be22651b/rest/api/3/myself",
        "/ex/jira/{}/rest/api/3/myself")]
    [InlineData(
        "http://127.0.0.1:5000/dc/ticket/data/7c0b9b7e-2f34-4f5b-9c1e-0d9b3a0c1e11/summary",
        "/dc/ticket/data/{}/summary")]
    [InlineData("https://x.test/items/jane.doe@example.test/v2", "/items/{}/v2")]
    [InlineData("https://x.test/items/Jane%20Doe", "/items/{}")]
    [InlineData("https://x.test/items/42", "/items/{}")]
    public void Of_Url_KeepsResourceWordsAndHidesData(string url, string expected) =>
        Assert.Equal(expected, ApiPathTemplate.Of(new Uri(url)));

    [Fact]
    public void Of_NoUri_IsRoot() => Assert.Equal("/", ApiPathTemplate.Of(null));
}
