using System.Runtime.InteropServices;
using System.Text.Json;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>The values of one issue's mapped fields, found in a single pass; reused per thread.</summary>
internal sealed class FieldValues
{
    private JsonElement[] _values = [];
    private bool[] _present = [];

    public void Fill(JsonElement entity, FieldTable table)
    {
        if (_values.Length < table.Count)
        {
            _values = new JsonElement[table.Count];
            _present = new bool[table.Count];
        }

        Array.Clear(_present, 0, table.Count);
        if (table.Count == 0 || entity.ValueKind != JsonValueKind.Object ||
            !entity.TryGetProperty("fields"u8, out var fields) || fields.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in fields.EnumerateObject())
        {
            var raw = JsonMarshal.GetRawUtf8PropertyName(property);
            var slot = raw.IndexOf((byte)'\\') < 0 ? table.Find(raw) : FindEscaped(property, table);
            if (slot >= 0)
            {
                // A repeated name keeps its last value, as a property lookup would.
                _values[slot] = property.Value;
                _present[slot] = true;
            }
        }
    }

    public bool TryGet(int slot, out JsonElement value)
    {
        value = _values[slot];
        return _present[slot];
    }

    private static int FindEscaped(JsonProperty property, FieldTable table)
    {
        for (var slot = 0; slot < table.Count; slot++)
        {
            if (property.NameEquals(table.NameOf(slot)))
            {
                return slot;
            }
        }

        return -1;
    }
}
