using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// Hashes a canonical form of mapped attributes: attributes sorted by code, values sorted within each attribute
/// (ESM multi-value attributes are sets), every part length-prefixed so no two cards share a byte stream.
/// SHA-256 from the base library: no extra package, and collisions cannot make two different cards look equal.
/// </summary>
internal static class ContentHasher
{
    public static string Hash(IReadOnlyList<MappedAttributeValues> attributes)
    {
        var order = new int[attributes.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => string.CompareOrdinal(attributes[a].Attribute, attributes[b].Attribute));

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new ArrayBufferWriter<byte>(256);
        foreach (var index in order)
        {
            var attribute = attributes[index];
            Append(buffer, 'A', attribute.Attribute);

            var values = new string[attribute.Count];
            for (var v = 0; v < values.Length; v++)
            {
                values[v] = (char)('0' + (int)attribute[v].Kind) + attribute[v].ToString();
            }

            Array.Sort(values, StringComparer.Ordinal);
            foreach (var value in values)
            {
                Append(buffer, 'V', value);
            }

            hash.AppendData(buffer.WrittenSpan);
            buffer.Clear();
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(ArrayBufferWriter<byte> buffer, char tag, string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var span = buffer.GetSpan(length + 5);
        span[0] = (byte)tag;
        BitConverter.TryWriteBytes(span[1..5], length);
        Encoding.UTF8.GetBytes(text, span[5..]);
        buffer.Advance(length + 5);
    }
}
