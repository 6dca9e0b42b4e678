namespace Matrix42.JiraConnector.Testing.Faults;

/// <summary>
/// Decides, request by request, whether a fake service injects a fault. Rules are tried in the order
/// they were added and the first that fires wins. Thread-safe; random choices come from a seeded
/// generator so a run can be repeated.
/// </summary>
public sealed class FaultPlan
{
    private readonly object _gate = new();
    private readonly List<RuleState> _rules = [];
    private readonly Random _random;

    /// <summary>Creates an empty plan.</summary>
    /// <param name="seed">The seed of the random choices; the same seed and request order give the same faults.</param>
    public FaultPlan(int seed = 42) => _random = new Random(seed);

    /// <summary>Whether the plan injects anything. Default <see langword="true"/>; switch off to let
    /// requests pass while keeping the rules.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many faults the plan has injected so far.</summary>
    public int InjectedCount
    {
        get
        {
            lock (_gate)
            {
                return _rules.Sum(r => r.Fired);
            }
        }
    }

    /// <summary>Adds a rule and returns the plan, for chaining.</summary>
    public FaultPlan Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Probability is < 0 or > 1 || double.IsNaN(rule.Probability))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule.Probability, "Probability must be from 0 to 1.");
        }

        lock (_gate)
        {
            _rules.Add(new RuleState(rule));
        }

        return this;
    }

    /// <summary>Adds a rule built from its parts and returns the plan.</summary>
    /// <param name="kind">The fault.</param>
    /// <param name="pathPattern">
    /// The path pattern (see <see cref="FaultRule.PathPattern"/>), or <see langword="null"/> for all.
    /// </param>
    /// <param name="method">The method, or <see langword="null"/> for all.</param>
    /// <param name="probability">The chance that a matching request gets the fault.</param>
    /// <param name="maxCount">The most times the rule fires, or <see langword="null"/> for no limit.</param>
    public FaultPlan Add(
        FaultKind kind,
        string? pathPattern = null,
        string? method = null,
        double probability = 1.0,
        int? maxCount = null) =>
        Add(new FaultRule
        {
            Kind = kind,
            PathPattern = pathPattern,
            Method = method,
            Probability = probability,
            MaxCount = maxCount,
        });

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Decides the fault for one request, counting it against the rules' limits.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The request path without query string.</param>
    /// <returns>The rule that fires, or <see langword="null"/> to let the request through.</returns>
    public FaultRule? Decide(string method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);

        lock (_gate)
        {
            if (!Enabled)
            {
                return null;
            }

            foreach (var state in _rules)
            {
                if (state.TryFire(method, path, _random))
                {
                    return state.Rule;
                }
            }

            return null;
        }
    }

    private sealed class RuleState(FaultRule rule)
    {
        private int _seen;

        public FaultRule Rule { get; } = rule;

        public int Fired { get; private set; }

        public bool TryFire(string method, string path, Random random)
        {
            if (!Rule.Matches(method, path))
            {
                return false;
            }

            _seen++;
            if (_seen <= Rule.Skip || (Rule.MaxCount is { } max && Fired >= max))
            {
                return false;
            }

            if (Rule.Probability < 1 && random.NextDouble() >= Rule.Probability)
            {
                return false;
            }

            Fired++;
            return true;
        }
    }
}
