using System.Globalization;

namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>How the fake writes instants, ids and URLs.</summary>
internal static class EsmFormat
{
    public static string Instant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Escape(string segment) => Uri.EscapeDataString(segment);
}
