using Matrix42.JiraConnector.Testing.Faults;

namespace Matrix42.JiraConnector.Testing.Tests.Infrastructure;

public sealed class FaultPlanTests
{
    [Fact]
    public void Decide_RuleWithSkipAndMaxCount_FiresOnlyInItsWindow()
    {
        var plan = new FaultPlan().Add(new FaultRule
        {
            Kind = FaultKind.ConnectionReset,
            PathPattern = "/rest/api/3/issue/*",
            Skip = 2,
            MaxCount = 2,
        });

        var fired = Enumerable.Range(0, 6).Select(_ => plan.Decide("GET", "/rest/api/3/issue/ABC-1")).ToList();

        Assert.Equal([false, false, true, true, false, false], fired.Select(r => r is not null));
        Assert.Equal(2, plan.InjectedCount);
    }

    [Theory]
    [InlineData("/rest/api/3/issue/*", "/rest/api/3/issue/ABC-1", true)]
    [InlineData("/rest/api/3/issue/*", "/rest/api/3/issue/ABC-1/comment", false)]
    [InlineData("/rest/api/3/**", "/rest/api/3/issue/ABC-1/comment", true)]
    [InlineData("/rest/api/3/search/jql", "/rest/api/3/search/jqlx", false)]
    [InlineData("/dc/*/data", "/dc/incident/data", true)]
    public void Decide_PathPattern_MatchesSegmentsAsDocumented(string pattern, string path, bool expected)
    {
        var plan = new FaultPlan().Add(FaultKind.TooManyRequests, pattern);

        Assert.Equal(expected, plan.Decide("POST", path) is not null);
    }

    [Fact]
    public void Decide_MethodFilter_IgnoresOtherMethods()
    {
        var plan = new FaultPlan().Add(FaultKind.ResponseLost, method: "POST");

        Assert.Null(plan.Decide("GET", "/x"));
        Assert.NotNull(plan.Decide("post", "/x"));
    }

    [Fact]
    public void Decide_SameSeed_GivesSameSequence()
    {
        static string Run(int seed)
        {
            var plan = new FaultPlan(seed).Add(FaultKind.ServiceUnavailable, probability: 0.3);
            return string.Concat(Enumerable.Range(0, 200).Select(_ => plan.Decide("GET", "/a") is null ? '.' : 'F'));
        }

        var first = Run(7);

        Assert.Equal(first, Run(7));
        Assert.NotEqual(first, Run(8));
        var share = first.Count(c => c == 'F') / 200.0;
        Assert.InRange(share, 0.18, 0.42);
    }

    [Fact]
    public void Decide_Disabled_LetsEverythingThrough()
    {
        var plan = new FaultPlan().Add(FaultKind.ConnectionReset);
        plan.Enabled = false;

        Assert.Null(plan.Decide("GET", "/a"));
    }

    [Fact]
    public void Add_ProbabilityOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FaultPlan().Add(FaultKind.Timeout, probability: 1.5));
    }
}
