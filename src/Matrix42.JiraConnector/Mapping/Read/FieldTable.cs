namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// The field ids a map reads under <c>fields</c>, looked up by their UTF-8 bytes. One pass over an issue's
/// fields fills every slot, instead of one linear property search per mapping.
/// </summary>
internal sealed class FieldTable
{
    private const int BucketCount = 64;

    private readonly byte[][] _names;
    private readonly int[]?[] _buckets = new int[]?[BucketCount];

    public FieldTable(IReadOnlyList<string> fieldIds)
    {
        _names = fieldIds.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        for (var slot = 0; slot < _names.Length; slot++)
        {
            var bucket = (int)(Hash(_names[slot]) % BucketCount);
            _buckets[bucket] = [.. _buckets[bucket] ?? [], slot];
        }
    }

    public int Count => _names.Length;

    public int Find(ReadOnlySpan<byte> name)
    {
        var bucket = _buckets[Hash(name) % BucketCount];
        if (bucket is null)
        {
            return -1;
        }

        foreach (var slot in bucket)
        {
            if (name.SequenceEqual(_names[slot]))
            {
                return slot;
            }
        }

        return -1;
    }

    public ReadOnlySpan<byte> NameOf(int slot) => _names[slot];

    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        // FNV-1a: field ids are short ASCII strings, so a byte-wise hash is cheap and spreads them well.
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
