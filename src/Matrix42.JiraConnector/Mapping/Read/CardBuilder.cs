namespace Matrix42.JiraConnector.Mapping;

/// <summary>Collects the attributes and problems of one card while it is mapped.</summary>
internal sealed class CardBuilder(int capacity)
{
    private MappedAttributeValues[] _attributes = new MappedAttributeValues[capacity];
    private int _count;
    private List<MappingProblem>? _problems;

    public void Add(MappedAttributeValues attribute)
    {
        if (_count == _attributes.Length)
        {
            Array.Resize(ref _attributes, Math.Max(4, _count * 2));
        }

        _attributes[_count++] = attribute;
    }

    public void Problem(MappingProblem problem) => (_problems ??= []).Add(problem);

    public MappedCard Build(string? key)
    {
        if (_count < _attributes.Length)
        {
            Array.Resize(ref _attributes, _count);
        }

        return new MappedCard(key, _attributes, (IReadOnlyList<MappingProblem>?)_problems ?? []);
    }
}
