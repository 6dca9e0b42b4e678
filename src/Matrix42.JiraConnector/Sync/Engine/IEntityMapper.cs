using System.Text.Json;

namespace Matrix42.JiraConnector.Sync.Engine;

/// <summary>Turns one Jira object (as JSON) into the attribute values of its ESM card.</summary>
internal interface IEntityMapper
{
    /// <summary>The Jira fields the mapping reads; bulk fetches ask for these only.</summary>
    IReadOnlyList<string> JiraFields { get; }

    /// <summary>Maps one object.</summary>
    /// <param name="entity">The Jira object.</param>
    /// <returns>The values to write, their hash and any problems.</returns>
    MappedEntity Map(JsonElement entity);
}
