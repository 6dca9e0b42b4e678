using System.Security.Cryptography;
using System.Text;

namespace Matrix42.JiraConnector.Sync.Diff;

/// <summary>
/// A stable hash of mapped attribute values: the same attributes and values give the same hash whatever order
/// the mapping produced them in, so the cache can tell unchanged entities apart.
/// </summary>
internal static class ContentHash
{
    /// <summary>Hashes attribute codes with their values (the order of several values counts).</summary>
    /// <param name="attributes">The mapped values by attribute code.</param>
    /// <returns>The hash as lower-case hexadecimal.</returns>
    public static string Compute(IEnumerable<KeyValuePair<string, IReadOnlyList<string?>>> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (code, values) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            // Length prefixes keep ("ab","c") and ("a","bc") apart; -1 marks a null value.
            Append(hash, code);
            Append(hash, values.Count);
            foreach (var value in values)
            {
                if (value is null)
                {
                    Append(hash, -1);
                }
                else
                {
                    Append(hash, value);
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Append(hash, bytes.Length);
        hash.AppendData(bytes);
    }

    private static void Append(IncrementalHash hash, int number)
    {
        Span<byte> buffer = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(buffer, number);
        hash.AppendData(buffer);
    }
}
