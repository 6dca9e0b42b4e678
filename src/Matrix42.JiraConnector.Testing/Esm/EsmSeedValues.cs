using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>
/// Turns the plain .NET values a test seeds with into the API's write shapes, so seeding goes through
/// the same validation as a REST write.
/// </summary>
internal static class EsmSeedValues
{
    public static JsonObject ToData(EsmTemplate template, IReadOnlyDictionary<string, object?> values)
    {
        var data = new JsonObject();
        foreach (var (code, value) in values)
        {
            var attribute = template.Find(code);
            var items = new JsonArray();
            foreach (var single in Flatten(value))
            {
                items.Add(attribute is null ? new JsonObject() : ToItem(attribute, single));
            }

            data[code] = new JsonObject { ["values"] = items };
        }

        return data;
    }

    private static IEnumerable<object> Flatten(object? value) => value switch
    {
        null => [],
        string or FakeEsmValue => [value],
        IEnumerable many => many.Cast<object?>().Where(v => v is not null).Select(v => v!),
        _ => [value],
    };

    private static JsonObject ToItem(EsmAttribute attribute, object value)
    {
        var reference = attribute.Kind == EsmAttributeKind.Reference;
        return value switch
        {
            FakeEsmValue typed => FromTyped(attribute, typed),
            string text when reference => new JsonObject { ["dataCardId"] = text },
            string text when attribute.Kind == EsmAttributeKind.ExternalReference =>
                new JsonObject { ["name"] = text, ["location"] = text },
            string text => new JsonObject { ["value"] = text },
            int or long when reference =>
                new JsonObject { ["dataCardId"] = Convert.ToString(value, CultureInfo.InvariantCulture) },
            int number => new JsonObject { ["value"] = number },
            long number => new JsonObject { ["value"] = number },
            decimal number => new JsonObject { ["value"] = number },
            double number => new JsonObject { ["value"] = number },
            DateOnly day => new JsonObject { ["value"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            DateTimeOffset instant => new JsonObject { ["value"] = EsmFormat.Instant(instant) },
            _ => throw new ArgumentException(
                $"A {value.GetType().Name} cannot be seeded into attribute '{attribute.Code}'.", nameof(value)),
        };
    }

    private static JsonObject FromTyped(EsmAttribute attribute, FakeEsmValue value) => attribute.Kind switch
    {
        EsmAttributeKind.Reference => new JsonObject { ["dataCardId"] = value.DataCardId },
        EsmAttributeKind.ExternalReference => new JsonObject { ["name"] = value.Name, ["location"] = value.Location },
        EsmAttributeKind.StaticValue => new JsonObject { ["value"] = value.Value, ["code"] = value.Code },
        EsmAttributeKind.Number
            when decimal.TryParse(value.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) =>
            new JsonObject { ["value"] = n },
        EsmAttributeKind.Worklog => new JsonObject
        {
            ["value"] = value.Value,
            ["author"] = value.Author,
            ["date"] = value.WrittenAt is { } date ? EsmFormat.Instant(date) : null,
        },
        _ => new JsonObject { ["value"] = value.Value },
    };
}
