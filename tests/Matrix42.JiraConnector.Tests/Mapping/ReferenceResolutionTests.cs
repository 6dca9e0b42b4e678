using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Mapping;
using static Matrix42.JiraConnector.Tests.Mapping.MapTestKit;

namespace Matrix42.JiraConnector.Tests.Mapping;

public sealed class ReferenceResolutionTests
{
    private static readonly ReferenceKeyIndex Index = BuildIndex();

    private static ReferenceKeyIndex BuildIndex()
    {
        var index = new ReferenceKeyIndex();
        index.Add("person-by-account", "acc-alice", "4001");
        index.Add("person-by-account", "acc-carol", "4003");
        index.Add("person-by-mail", "Bob@Example.com", "4002");
        return index;
    }

    private static AttributeMappingDefinition Ref(string source, string target, string index) =>
        new() { Source = source, Target = target, ReferenceIndex = index };

    [Fact]
    public void Map_KnownKey_ResolvesToDataCardId()
    {
        var card = Issue(Ref("fields.assignee.accountId", "owner", "person-by-account"))
            .Map(ParseJson("""{"key":"A-1","fields":{"assignee":{"accountId":"acc-alice"}}}"""), Index);

        Assert.Equal(AttributeValue.FromReference("4001"), Single(card, "owner"));
        Assert.Empty(card.Problems);
    }

    [Fact]
    public void Map_EmailKey_MatchesCaseInsensitively()
    {
        var card = Issue(Ref("fields.reporter.emailAddress", "reporter", "person-by-mail"))
            .Map(ParseJson("""{"key":"A-1","fields":{"reporter":{"emailAddress":"bob@example.com"}}}"""), Index);

        Assert.Equal("4002", Single(card, "reporter").Text);
    }

    [Fact]
    public void Map_UnknownKey_IsReportedWithTheKeyAndNotWritten()
    {
        var card = Issue(Ref("fields.assignee.accountId", "owner", "person-by-account"))
            .Map(ParseJson("""{"key":"A-1","fields":{"assignee":{"accountId":"acc-zed"}}}"""), Index);

        Assert.False(card.TryGetAttribute("owner", out _));
        var problem = Assert.Single(card.Problems);
        Assert.Equal((MappingProblemKind.UnresolvedReference, "acc-zed"), (problem.Kind, problem.Value));
        Assert.DoesNotContain("acc-zed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_SeveralKeysSomeUnknown_KeepsResolvedAndReportsEachMissing()
    {
        var card = Issue(Ref("fields.customfield_10051[].accountId", "reviewers", "person-by-account"))
            .Map(ParseJson("""
                {"key":"A-1","fields":{"customfield_10051":[{"accountId":"acc-alice"},{"accountId":"acc-x"},
                 {"accountId":"acc-carol"},{"accountId":"acc-y"}]}}
                """), Index);

        Assert.Equal(["4001", "4003"], Texts(card, "reviewers"));
        Assert.Equal(["acc-x", "acc-y"], card.Problems.Select(p => p.Value!).ToArray());
    }

    [Fact]
    public void Map_NoResolverGiven_ReportsUnresolved()
    {
        var card = Issue(Ref("fields.assignee.accountId", "owner", "person-by-account"))
            .Map(ParseJson("""{"key":"A-1","fields":{"assignee":{"accountId":"acc-alice"}}}"""));

        Assert.Equal(MappingProblemKind.UnresolvedReference, Assert.Single(card.Problems).Kind);
    }
}
