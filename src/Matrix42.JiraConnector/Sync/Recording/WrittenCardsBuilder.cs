using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Sync.Recording;

/// <summary>Collects a real run's confirmed writes from concurrent streams, each list capped.</summary>
internal sealed class WrittenCardsBuilder
{
    private readonly Lock _gate = new();
    private readonly List<EntityKey> _created = [];
    private readonly List<EntityKey> _updated = [];
    private readonly List<DeletionMark> _marked = [];
    private readonly List<EntityKey> _restored = [];
    private bool _truncated;

    public void AddCreated(EntityKey key) => Add(_created, key);

    public void AddUpdated(EntityKey key) => Add(_updated, key);

    public void AddMarked(DeletionMark mark) => Add(_marked, mark);

    public void AddRestored(EntityKey key) => Add(_restored, key);

    public WrittenCards Build()
    {
        lock (_gate)
        {
            return new WrittenCards
            {
                Created = [.. _created],
                Updated = [.. _updated],
                Marked = [.. _marked],
                Restored = [.. _restored],
                Truncated = _truncated,
            };
        }
    }

    private void Add<T>(List<T> list, T item)
    {
        lock (_gate)
        {
            if (list.Count < WrittenCards.MaxKeysPerList)
            {
                list.Add(item);
            }
            else
            {
                _truncated = true;
            }
        }
    }
}
