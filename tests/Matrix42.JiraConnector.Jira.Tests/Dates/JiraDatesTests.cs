using System.Text.Json;
using Matrix42.JiraConnector.Jira.Dates;

namespace Matrix42.JiraConnector.Jira.Tests.Dates;

public sealed class JiraDatesTests
{
    private static readonly JsonSerializerOptions StrictOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JiraDateTimeOffsetConverter(), new JiraDateOnlyConverter() },
    };

    private static readonly JsonSerializerOptions LenientOptions = new()
    {
        Converters = { new JiraLenientDateTimeOffsetConverter() },
    };

    [Theory]
    [InlineData("2024-03-10T23:30:00.000+0900", "2024-03-10T14:30:00.0000000+00:00", 9)]
    [InlineData("2024-03-11T01:05:07.123-0500", "2024-03-11T06:05:07.1230000+00:00", -5)]
    [InlineData("2024-03-11T00:00:00.000+0000", "2024-03-11T00:00:00.0000000+00:00", 0)]
    [InlineData("2024-01-31T10:15:30.123+02:00", "2024-01-31T08:15:30.1230000+00:00", 2)]
    [InlineData("2024-01-31T10:15:30Z", "2024-01-31T10:15:30.0000000+00:00", 0)]
    [InlineData("2024-11-29T10:44:51.887-0800", "2024-11-29T18:44:51.8870000+00:00", -8)]
    [InlineData("2024-01-31T10:15:30.123456+0530", "2024-01-31T04:45:30.1234560+00:00", 5.5)]
    public void ParseDateTime_OffsetForms_ExactInstantAndOffsetKept(string text, string utc, double offsetHours)
    {
        var value = JiraDates.ParseDateTime(text);

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.FromHours(offsetHours), value.Offset);
    }

    [Theory]
    [InlineData("2019-08-27 19:43:24.193")]
    [InlineData("2019-08-27T19:43:24")]
    [InlineData("2018-02-01")]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseDateTime_NoOffset_Fails(string? text)
    {
        Assert.False(JiraDates.TryParseDateTime(text, out _));
    }

    [Fact]
    public void TryParseLocalDateTime_OffsetLess_UnspecifiedKind()
    {
        Assert.True(JiraDates.TryParseLocalDateTime("2019-08-27 19:43:24.193", out var value));

        Assert.Equal(new DateTime(2019, 8, 27, 19, 43, 24, 193), value);
        Assert.Equal(DateTimeKind.Unspecified, value.Kind);
    }

    [Fact]
    public void ParseDateTime_OffsetLess_FormatExceptionNamesValue()
    {
        var ex = Assert.Throws<FormatException>(() => JiraDates.ParseDateTime("2019-08-27 19:43:24.193"));

        Assert.Contains("2019-08-27 19:43:24.193", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2018-02-01", 2018, 2, 1)]
    [InlineData("2021-02-23", 2021, 2, 23)]
    public void ParseDate_DateOnly_CalendarDate(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), JiraDates.ParseDate(text));
    }

    [Theory]
    [InlineData("2021-02-23T00:00:00.000+0000")]
    [InlineData("23.02.2021")]
    public void TryParseDate_NotDateOnly_Fails(string text)
    {
        Assert.False(JiraDates.TryParseDate(text, out _));
    }

    [Theory]
    [InlineData("2024-01-31T10:15:30.123+0000")]
    [InlineData("2024-03-10T23:30:00.000+0900")]
    [InlineData("2024-11-29T10:44:51.887-0800")]
    [InlineData("2024-01-31T00:30:00.000+0530")]
    public void FormatDateTime_RoundTrip_SameTextAndNoDayDrift(string text)
    {
        Assert.Equal(text, JiraDates.FormatDateTime(JiraDates.ParseDateTime(text)));
    }

    [Fact]
    public void FormatDate_RoundTrip_NoDayDrift()
    {
        Assert.Equal("2018-12-31", JiraDates.FormatDate(JiraDates.ParseDate("2018-12-31")));
    }

    [Fact]
    public void Converters_OnModel_ReadAndWriteJiraForms()
    {
        var options = StrictOptions;
        const string json = """{"When":"2024-03-10T23:30:00.000+0900","Due":"2018-02-01"}""";

        var model = JsonSerializer.Deserialize<DatedModel>(json, options)!;

        Assert.Equal(new DateTimeOffset(2024, 3, 10, 14, 30, 0, TimeSpan.Zero), model.When);
        Assert.Equal(new DateOnly(2018, 2, 1), model.Due);
        Assert.Equal(json, JsonSerializer.Serialize(model, options));
    }

    [Fact]
    public void LenientConverter_BadOrNullValues_YieldNullWithoutFailingTheDocument()
    {
        var options = LenientOptions;
        const string json = """
            [{"When":"garbage"},{"When":null},{"When":{"a":1}},{"When":"2024-01-01T00:00:00.000+0000"}]
            """;

        var models = JsonSerializer.Deserialize<LenientModel[]>(json, options)!;

        Assert.Equal([null, null, null, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)],
            models.Select(m => m.When).ToArray());
    }

    [Fact]
    public void StrictConverter_BadValue_JsonException()
    {
        var options = StrictOptions;

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DatedModel>("""{"When":"soon"}""", options));
    }

    public sealed class DatedModel
    {
        public DateTimeOffset When { get; set; }

        public DateOnly Due { get; set; }
    }

    public sealed class LenientModel
    {
        public DateTimeOffset? When { get; set; }
    }
}
