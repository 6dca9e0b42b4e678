using Matrix42.JiraConnector.Sync.Incremental;

namespace Matrix42.JiraConnector.Tests.Sync;

public sealed class IncrementalQueryTests
{
    private static readonly DateTimeOffset From = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Bound_PlainJql_AddsEpochMillisecondsBound()
    {
        var jql = IncrementalQuery.Bound("project = OPS", From);

        Assert.Equal("(project = OPS) AND updated >= 1767607200000", jql);
    }

    [Fact]
    public void Bound_OffsetInInput_GivesSameInstant()
    {
        var shifted = From.ToOffset(TimeSpan.FromHours(-11));

        Assert.Equal(IncrementalQuery.Bound("project = OPS", From), IncrementalQuery.Bound("project = OPS", shifted));
    }

    [Fact]
    public void Bound_OrderByClause_StaysAtTheEnd()
    {
        var jql = IncrementalQuery.Bound("project = OPS OR project = DEV order by updated ASC", From);

        Assert.Equal("(project = OPS OR project = DEV) AND updated >= 1767607200000 order by updated ASC", jql);
    }

    [Fact]
    public void Bound_OrderByInsideQuotedText_IsNotSplit()
    {
        var jql = IncrementalQuery.Bound("summary ~ \"order by mail\"", From);

        Assert.Equal("(summary ~ \"order by mail\") AND updated >= 1767607200000", jql);
    }

    [Fact]
    public void Bound_FieldNamedOrderByLike_IsNotSplit()
    {
        var (condition, orderBy) = IncrementalQuery.SplitOrderBy("reorder by = 1");

        Assert.Equal("reorder by = 1", condition);
        Assert.Null(orderBy);
    }

    [Fact]
    public void LowerBound_WithWatermark_SubtractsOverlap()
    {
        Assert.Equal(From.AddMinutes(-5), IncrementalQuery.LowerBound(From, TimeSpan.FromMinutes(5)));
        Assert.Null(IncrementalQuery.LowerBound(null, TimeSpan.FromMinutes(5)));
    }
}
