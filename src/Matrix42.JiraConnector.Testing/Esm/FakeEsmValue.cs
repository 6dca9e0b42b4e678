using System.Globalization;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>
/// One value of a data card attribute as <see cref="FakeEsm"/> stores it. Which properties are set
/// depends on the attribute type: text, number, date and static values use <see cref="Value"/>
/// (static values also <see cref="Code"/>), references use <see cref="DataCardId"/>, external
/// references use <see cref="Name"/> and <see cref="Location"/>, worklog entries use
/// <see cref="Value"/>, <see cref="Author"/> and <see cref="WrittenAt"/>.
/// </summary>
public sealed record FakeEsmValue
{
    /// <summary>The text, the invariant number, the ISO date or date-time, the static display value or the
    /// worklog comment; <see langword="null"/> for references and external references.</summary>
    public string? Value { get; init; }

    /// <summary>The code of a static value; <see langword="null"/> otherwise.</summary>
    public string? Code { get; init; }

    /// <summary>The referenced card's id, for reference values.</summary>
    public string? DataCardId { get; init; }

    /// <summary>The display name of an external reference.</summary>
    public string? Name { get; init; }

    /// <summary>The location (URL or file location) of an external reference.</summary>
    public string? Location { get; init; }

    /// <summary>Who wrote a worklog entry.</summary>
    public string? Author { get; init; }

    /// <summary>When a worklog entry was written.</summary>
    public DateTimeOffset? WrittenAt { get; init; }

    /// <summary>A text value.</summary>
    public static FakeEsmValue Text(string text) => new() { Value = text };

    /// <summary>A number value.</summary>
    public static FakeEsmValue Number(decimal number) =>
        new() { Value = number.ToString(CultureInfo.InvariantCulture) };

    /// <summary>A date value (no time of day).</summary>
    public static FakeEsmValue Date(DateOnly date) =>
        new() { Value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    /// <summary>A date-time value, stored in UTC.</summary>
    public static FakeEsmValue DateAndTime(DateTimeOffset instant) => new() { Value = EsmFormat.Instant(instant) };

    /// <summary>A static value, chosen by display value and optionally by code.</summary>
    public static FakeEsmValue Static(string value, string? code = null) => new() { Value = value, Code = code };

    /// <summary>A reference to another data card.</summary>
    public static FakeEsmValue Reference(long dataCardId) =>
        new() { DataCardId = dataCardId.ToString(CultureInfo.InvariantCulture) };

    /// <summary>An external reference (link or file).</summary>
    public static FakeEsmValue ExternalReference(string name, string location) =>
        new() { Name = name, Location = location };

    /// <summary>A worklog entry; when seeding, its author and date are kept as given.</summary>
    public static FakeEsmValue Worklog(string comment, string author, DateTimeOffset date) =>
        new() { Value = comment, Author = author, WrittenAt = date.ToUniversalTime() };
}
