using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// Converts between the mapping engine's <see cref="AttributeValue"/> and the ESM client's <see cref="EsmValue"/>
/// family, so mapped cards can be written with the ESM client and ESM cards fed to a write map.
/// </summary>
public static class EsmValueConversion
{
    /// <summary>Converts a mapped value to the ESM client's value.</summary>
    /// <param name="value">The mapped value.</param>
    /// <returns>The ESM value.</returns>
    public static EsmValue ToEsmValue(AttributeValue value) => value.Kind switch
    {
        AttributeValueKind.Number => EsmValue.Number(value.Number),
        AttributeValueKind.Date => EsmValue.Date(value.Date),
        AttributeValueKind.DateTime => EsmValue.DateTime(value.Instant),
        AttributeValueKind.Static => EsmValue.Static(value.Text),
        AttributeValueKind.Reference => EsmValue.Reference(value.Text!),
        _ => EsmValue.Text(value.Text ?? string.Empty),
    };

    /// <summary>
    /// Converts an ESM value to a mapped value: a static value by its display value (else its code), a reference by
    /// data card id, a worklog entry by its text, an external reference by its location.
    /// </summary>
    /// <param name="value">The ESM value.</param>
    /// <param name="result">The mapped value when convertible.</param>
    /// <returns>Whether the value could be converted; values of unknown attribute types cannot.</returns>
    public static bool TryFromEsmValue(EsmValue value, out AttributeValue result)
    {
        ArgumentNullException.ThrowIfNull(value);
        AttributeValue? converted = value switch
        {
            EsmTextValue text => AttributeValue.FromText(text.Value),
            EsmNumberValue number => AttributeValue.FromNumber(number.Value),
            EsmDateValue date => AttributeValue.FromDate(date.Value),
            EsmDateTimeValue dateTime => AttributeValue.FromDateTime(dateTime.Value),
            EsmStaticValue staticValue => AttributeValue.FromStatic(staticValue.Value ?? staticValue.Code!),
            EsmReferenceValue reference => AttributeValue.FromReference(reference.DataCardId),
            EsmWorklogValue worklog => AttributeValue.FromText(worklog.Value),
            EsmExternalReferenceValue external => AttributeValue.FromText(external.Location),
            _ => null,
        };

        result = converted.GetValueOrDefault();
        return converted.HasValue;
    }

    /// <summary>Turns a mapped card into the attribute set the ESM client writes; empty attributes are
    /// cleared.</summary>
    /// <param name="card">The mapped card.</param>
    /// <returns>The attribute set.</returns>
    public static EsmAttributeSet ToAttributeSet(MappedCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var set = new EsmAttributeSet();
        foreach (var attribute in card.Attributes)
        {
            var values = new EsmValue[attribute.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = ToEsmValue(attribute[i]);
            }

            set.Set(attribute.Attribute, values);
        }

        return set;
    }

    /// <summary>Reads an ESM card's values as the input of a <see cref="CompiledWriteMap"/>.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The values by attribute code; values of unknown types are left out.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<AttributeValue>> FromEsmCard(EsmCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var values = new Dictionary<string, IReadOnlyList<AttributeValue>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, attribute) in card.Attributes)
        {
            var list = new List<AttributeValue>(attribute.Values.Count);
            foreach (var value in attribute.Values)
            {
                if (TryFromEsmValue(value, out var converted))
                {
                    list.Add(converted);
                }
            }

            values[code] = list;
        }

        return values;
    }
}
