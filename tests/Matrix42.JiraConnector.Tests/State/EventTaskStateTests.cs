using Matrix42.JiraConnector.State;

namespace Matrix42.JiraConnector.Tests.State;

public sealed class EventTaskStateTests
{
    private readonly InMemoryConnectorStateStore _store = new();

    [Fact]
    public async Task SetTriggerHashesAsync_ThenGet_ReturnsOnlyKnownCards()
    {
        await _store.SetTriggerHashesAsync("e1", new Dictionary<string, string> { ["1"] = "a", ["2"] = "b" });
        await _store.SetTriggerHashesAsync("e1", new Dictionary<string, string> { ["2"] = "b2" });

        var hashes = await _store.GetTriggerHashesAsync("e1", ["1", "2", "3"]);

        Assert.Equal(2, hashes.Count);
        Assert.Equal("a", hashes["1"]);
        Assert.Equal("b2", hashes["2"]);
        Assert.Empty(await _store.GetTriggerHashesAsync("other-task", ["1"]));
    }

    [Fact]
    public async Task SetSentValuesAsync_CallerChangesDictionaryLater_StoredValuesUnchanged()
    {
        var values = new Dictionary<string, string?> { ["summary"] = "Printer jam", ["priority"] = null };
        await _store.SetSentValuesAsync("e1", "card-1", values);

        values["summary"] = "changed";
        var stored = await _store.GetSentValuesAsync("e1", "card-1");

        Assert.Equal("Printer jam", stored!["summary"]);
        Assert.Null(stored["priority"]);
        Assert.Null(await _store.GetSentValuesAsync("e1", "card-2"));
    }
}
