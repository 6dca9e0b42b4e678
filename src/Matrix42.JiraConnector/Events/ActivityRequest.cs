using Matrix42.JiraConnector.Esm;

namespace Matrix42.JiraConnector.Events;

/// <summary>Which event task to run on which ESM card.</summary>
public sealed record ActivityRequest
{
    /// <summary>The event task's id or name.</summary>
    public required string Task { get; init; }

    /// <summary>The card's id; read from the task's template. Not needed when <see cref="Card"/> is given.</summary>
    public string? DataCardId { get; init; }

    /// <summary>The card itself, when the caller has already read it with all attributes; default none.</summary>
    public EsmCard? Card { get; init; }

    /// <summary>Creates a request for a card by id.</summary>
    /// <param name="task">The event task's id or name.</param>
    /// <param name="dataCardId">The card id.</param>
    /// <returns>The request.</returns>
    public static ActivityRequest ForCard(string task, string dataCardId) =>
        new() { Task = task, DataCardId = dataCardId };

    /// <summary>Creates a request for a card the caller has read.</summary>
    /// <param name="task">The event task's id or name.</param>
    /// <param name="card">The card.</param>
    /// <returns>The request.</returns>
    public static ActivityRequest ForCard(string task, EsmCard card) =>
        new() { Task = task, Card = card ?? throw new ArgumentNullException(nameof(card)) };
}
