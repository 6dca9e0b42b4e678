using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Tests.Mapping;

public sealed class JiraDateTextTests
{
    [Theory]
    [InlineData("2024-03-10T23:30:00.000+0900", "2024-03-10T14:30:00.0000000+00:00")]
    [InlineData("2024-03-11T01:05:07.123-0500", "2024-03-11T06:05:07.1230000+00:00")]
    [InlineData("2024-03-10T23:30:00.000+09:00", "2024-03-10T14:30:00.0000000+00:00")]
    [InlineData("2024-03-10T14:30:00Z", "2024-03-10T14:30:00.0000000+00:00")]
    [InlineData("2024-11-29T10:44:51.887-0800", "2024-11-29T18:44:51.8870000+00:00")]
    public void TryParseDateTime_JiraShapes_GiveTheSameInstant(string text, string expectedUtc)
    {
        Assert.True(JiraDateText.TryParseDateTime(text, out var instant));

        Assert.Equal(expectedUtc, instant.ToUniversalTime().ToString("O"));
    }

    [Theory]
    [InlineData("2024-02-30T10:00:00.000+0000")]
    [InlineData("2024-03-10T24:00:00.000+0000")]
    [InlineData("2019-08-27 19:43:24.193")]
    [InlineData("2024-03-10T10:00:00.000")]
    [InlineData("not a date at all, not at all")]
    public void TryParseDateTime_InvalidOrWithoutOffset_Fails(string text)
    {
        Assert.False(JiraDateText.TryParseDateTime(text, out _));
    }

    [Theory]
    [InlineData("2018-02-01", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2018-13-01", false)]
    [InlineData("2018-2-1", false)]
    public void TryParseDate_ChecksTheCalendar(string text, bool valid)
    {
        Assert.Equal(valid, JiraDateText.TryParseDate(text, out _));
    }
}
