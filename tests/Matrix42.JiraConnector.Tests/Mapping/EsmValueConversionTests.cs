using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Tests.Mapping;

public sealed class EsmValueConversionTests
{
    public static TheoryData<string> Kinds() => new(Enum.GetNames<AttributeValueKind>());

    private static AttributeValue Sample(AttributeValueKind kind) => kind switch
    {
        AttributeValueKind.Number => AttributeValue.FromNumber(0.25m),
        AttributeValueKind.Date => AttributeValue.FromDate(new DateOnly(2024, 5, 31)),
        AttributeValueKind.DateTime =>
            AttributeValue.FromDateTime(new DateTimeOffset(2024, 5, 31, 8, 15, 0, TimeSpan.Zero)),
        AttributeValueKind.Static => AttributeValue.FromStatic("5 - Removed"),
        AttributeValueKind.Reference => AttributeValue.FromReference("4001"),
        _ => AttributeValue.FromText("hello"),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ToEsmValueThenBack_EveryKind_RoundTrips(string kindName)
    {
        var value = Sample(Enum.Parse<AttributeValueKind>(kindName));

        Assert.True(EsmValueConversion.TryFromEsmValue(EsmValueConversion.ToEsmValue(value), out var back));

        Assert.Equal(value, back);
    }

    [Fact]
    public void ToAttributeSet_EmptyAttribute_IsWrittenEmpty()
    {
        var card = new MappedCard("A-1",
            [new MappedAttributeValues("title", AttributeValue.FromText("x")), new MappedAttributeValues("owner")], []);

        var set = EsmValueConversion.ToAttributeSet(card);

        Assert.Equal(EsmValue.Text("x"), Assert.Single(set["title"]));
        Assert.Empty(set["owner"]);
    }

    [Fact]
    public void FromEsmCard_FeedsTheWriteMap()
    {
        var card = new EsmCard("40001", new Dictionary<string, EsmAttribute>
        {
            ["subject"] = new("subject", "Subject", "string", [EsmValue.Text("Printer\nbroken")]),
            ["status"] = new("status", "Status", "static-value", [EsmValue.Static(null, "open")]),
        });
        var map = CompiledWriteMap.Compile([new() { Source = "subject", Field = "summary" }]);

        var values = EsmValueConversion.FromEsmCard(card);
        var fields = map.Write(values).Fields;

        Assert.Equal("Printer broken", fields["summary"]!.GetValue<string>());
        Assert.Equal(AttributeValue.FromStatic("open"), Assert.Single(values["status"]));
    }
}
