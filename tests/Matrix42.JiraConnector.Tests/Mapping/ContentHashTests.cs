using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Tests.Mapping;

public sealed class ContentHashTests
{
    private static MappedCard Card(params MappedAttributeValues[] attributes) => new("K-1", attributes, []);

    [Fact]
    public void ComputeContentHash_AttributeAndValueOrder_DoNotMatter()
    {
        var a = Card(new MappedAttributeValues("title", AttributeValue.FromText("x")),
            new MappedAttributeValues("tags", [AttributeValue.FromText("a"), AttributeValue.FromText("b")]));
        var b = Card(new MappedAttributeValues("tags", [AttributeValue.FromText("b"), AttributeValue.FromText("a")]),
            new MappedAttributeValues("title", AttributeValue.FromText("x")));

        Assert.Equal(a.ComputeContentHash(), b.ComputeContentHash());
        Assert.Matches("^[0-9a-f]{64}$", a.ComputeContentHash());
    }

    [Fact]
    public void ComputeContentHash_ValueChange_ChangesHash()
    {
        var a = Card(new MappedAttributeValues("title", AttributeValue.FromText("x")));
        var b = Card(new MappedAttributeValues("title", AttributeValue.FromText("y")));

        Assert.NotEqual(a.ComputeContentHash(), b.ComputeContentHash());
    }

    [Fact]
    public void ComputeContentHash_KindMatters_TextOneIsNotNumberOne()
    {
        var text = Card(new MappedAttributeValues("n", AttributeValue.FromText("1")));
        var number = Card(new MappedAttributeValues("n", AttributeValue.FromNumber(1m)));

        Assert.NotEqual(text.ComputeContentHash(), number.ComputeContentHash());
    }

    [Fact]
    public void ComputeContentHash_EmptyAttributeDiffersFromAbsent()
    {
        var empty = Card(new MappedAttributeValues("title"));
        var absent = Card();

        Assert.NotEqual(empty.ComputeContentHash(), absent.ComputeContentHash());
    }

    [Fact]
    public void ComputeContentHash_BoundariesBetweenParts_CannotBeShifted()
    {
        var a = Card(new MappedAttributeValues("ab", AttributeValue.FromText("c")));
        var b = Card(new MappedAttributeValues("a", AttributeValue.FromText("bc")));

        Assert.NotEqual(a.ComputeContentHash(), b.ComputeContentHash());
    }

    [Fact]
    public void ComputeContentHash_NumberScale_DoesNotMatter()
    {
        Assert.Equal(Card(new MappedAttributeValues("n", AttributeValue.FromNumber(111.0m))).ComputeContentHash(),
            Card(new MappedAttributeValues("n", AttributeValue.FromNumber(111m))).ComputeContentHash());
    }
}
