using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Esm;
using Matrix42.JiraConnector.Mapping;

namespace Matrix42.JiraConnector.Events;

/// <summary>The task, card and card values one activity run works on.</summary>
internal sealed class ActivityContext(
    EventTaskDefinition task, string taskId, EsmCard card,
    IReadOnlyDictionary<string, IReadOnlyList<AttributeValue>> values)
{
    public EventTaskDefinition Task { get; } = task;

    public string TaskId { get; } = taskId;

    public EsmCard Card { get; } = card;

    public string Template => Task.Template!;

    public IReadOnlyDictionary<string, IReadOnlyList<AttributeValue>> Values { get; } = values;

    /// <summary>The first non-empty text of an attribute, or null when the attribute is not set.</summary>
    public string? TextOf(string? attribute)
    {
        if (string.IsNullOrEmpty(attribute) || !Values.TryGetValue(attribute, out var values))
        {
            return null;
        }

        return values.Select(v => v.ToString()).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
    }
}
