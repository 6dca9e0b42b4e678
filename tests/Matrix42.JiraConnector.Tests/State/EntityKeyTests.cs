using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Tests.State;

public sealed class EntityKeyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankId_Throws(string id)
    {
        Assert.Throws<ArgumentException>(() => new EntityKey(EntityKind.Issue, id));
    }

    [Fact]
    public void Equality_UsesKindAndId()
    {
        Assert.Equal(EntityKey.ForIssue("1"), new EntityKey(EntityKind.Issue, "1"));
        Assert.NotEqual(EntityKey.ForIssue("1"), EntityKey.ForGroup("1"));
        Assert.Equal("User:abc", EntityKey.ForUser("abc").ToString());
    }
}
