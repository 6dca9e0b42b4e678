using System.Net;
using System.Net.Sockets;

namespace Matrix42.JiraConnector.Internal;

/// <summary>
/// Hosts a connector must never be pointed at: link-local and unspecified addresses and cloud metadata
/// endpoints, where a request could leak credentials or reach instance secrets. Compiled into each package that
/// validates a service address, so the clients and the configuration model refuse the same hosts.
/// </summary>
internal static class ForbiddenHosts
{
    private static readonly HashSet<string> MetadataNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal",
        "100.100.100.200", "fd00:ec2::254",
    };

    /// <summary>Whether the URL's host is link-local, unspecified or a metadata endpoint.</summary>
    public static bool IsForbidden(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);

        // A trailing dot names the same host fully qualified, so "metadata.google.internal." is the same host.
        var host = uri.IdnHost.Trim('[', ']').TrimEnd('.');
        if (MetadataNames.Contains(host))
        {
            return true;
        }

        if (!IPAddress.TryParse(host, out var address))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var bytes = address.GetAddressBytes();
            return (bytes[0] == 169 && bytes[1] == 254) || address.Equals(IPAddress.Any) ||
                   MetadataNames.Contains(address.ToString());
        }

        return address.IsIPv6LinkLocal || address.Equals(IPAddress.IPv6Any) ||
               MetadataNames.Contains(address.ToString());
    }
}
