using Matrix42.JiraConnector.Jira.Jql;
using JqlText = Matrix42.JiraConnector.Jira.Jql.Jql;

namespace Matrix42.JiraConnector.Jira.Tests.Jql;

public sealed class JqlTests
{
    [Theory]
    [InlineData("OPS", "\"OPS\"")]
    [InlineData("712020:00000000-0000-4000-8000-0000000a11ce", "\"712020:00000000-0000-4000-8000-0000000a11ce\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData(@"C:\temp\", "\"C:\\\\temp\\\\\"")]
    [InlineData("a\nb", "\"a\\nb\"")]
    [InlineData("x\" OR project = SECRET OR \"", "\"x\\\" OR project = SECRET OR \\\"\"")]
    public void Quote_SpecialCharacters_Escaped(string value, string expected)
    {
        Assert.Equal(expected, JqlText.Quote(value));
    }

    [Theory]
    [InlineData("project", "project")]
    [InlineData("customfield_10050", "customfield_10050")]
    [InlineData("cf[10050]", "cf[10050]")]
    [InlineData("ESM Reference", "\"ESM Reference\"")]
    public void Field_NamesWithSpaces_Quoted(string field, string expected)
    {
        Assert.Equal(expected, JqlText.Field(field));
    }

    [Theory]
    [InlineData("Europe/Berlin", "2025-06-02T08:15:42Z", "\"2025/06/02 10:15\"")]
    [InlineData("America/Los_Angeles", "2025-01-15T03:00:00Z", "\"2025/01/14 19:00\"")]
    [InlineData("Asia/Kolkata", "2025-06-02T20:00:00Z", "\"2025/06/03 01:30\"")]
    [InlineData("UTC", "2025-06-02T08:15:59.999Z", "\"2025/06/02 08:15\"")]
    public void DateTimeLiteral_UtcInstant_WrittenInAccountZoneRoundedDown(string zone, string instant, string expected)
    {
        var value = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, JqlText.DateTimeLiteral(value, zone));
    }

    [Fact]
    public void DateTimeLiteral_AmbiguousHourAfterClocksGoBack_StepsBackToUnambiguousTime()
    {
        var first = new DateTimeOffset(2025, 10, 26, 0, 30, 0, TimeSpan.Zero);
        Assert.Equal("\"2025/10/26 01:30\"", JqlText.DateTimeLiteral(first, "Europe/Berlin"));

        // Berlin shows 02:30 twice that night (00:30Z summer time, 01:30Z winter time). Jira may read
        // "02:30" as the later instant, so the literal steps back an hour: a wider bound, never a gap.
        var second = new DateTimeOffset(2025, 10, 26, 1, 30, 0, TimeSpan.Zero);

        Assert.Equal("\"2025/10/26 01:30\"", JqlText.DateTimeLiteral(second, "Europe/Berlin"));
    }

    [Fact]
    public void DateTimeLiteral_UnknownZone_ArgumentExceptionNamesZone()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            JqlText.DateTimeLiteral(DateTimeOffset.UnixEpoch, "Mars/Olympus"));

        Assert.Contains("Mars/Olympus", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Clauses_JoinedWithAndAndOrdered()
    {
        var jql = new JqlBuilder()
            .Equal("project", "OPS")
            .In("assignee", ["712020:aa", "bob\"s"])
            .UpdatedOnOrAfter(new DateTimeOffset(2025, 6, 2, 8, 15, 0, TimeSpan.Zero), "Europe/Berlin")
            .Where("status != Done")
            .OrderBy("updated")
            .OrderBy("key", descending: true)
            .Build();

        Assert.Equal(
            "project = \"OPS\" AND assignee in (\"712020:aa\", \"bob\\\"s\") AND updated >= \"2025/06/02 10:15\" " +
            "AND (status != Done) ORDER BY updated ASC, key DESC",
            jql);
    }

    [Fact]
    public void Build_NoClauses_Refused()
    {
        Assert.Throws<InvalidOperationException>(() => new JqlBuilder().OrderBy("key").Build());
    }

    [Fact]
    public void In_NoValues_Refused()
    {
        Assert.Throws<ArgumentException>(() => new JqlBuilder().In("key", []));
    }
}
