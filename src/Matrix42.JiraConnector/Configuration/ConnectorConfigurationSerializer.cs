using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Matrix42.JiraConnector.Configuration;

/// <summary>Reads and writes <see cref="ConnectorConfigurationDocument"/> as JSON or from <see
/// cref="IConfiguration"/>.</summary>
public static class ConnectorConfigurationSerializer
{
    /// <summary>Writes the document as indented camelCase JSON with enum names.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(ConnectorConfigurationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, ConfigurationJsonContext.Default.ConnectorConfigurationDocument);
    }

    /// <summary>Reads a document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ConfigurationFormatException">The JSON is malformed or its format version is
    /// unknown.</exception>
    public static ConnectorConfigurationDocument FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ConnectorConfigurationDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json,
                ConfigurationJsonContext.Default.ConnectorConfigurationDocument);
        }
        catch (JsonException ex)
        {
            // The serializer's message names the JSON path and position but never echoes values.
            throw new ConfigurationFormatException($"The configuration JSON is malformed: {ex.Message}", ex);
        }

        return CheckVersion(document ?? throw new ConfigurationFormatException("The configuration JSON is null."));
    }

    /// <summary>Binds a document from a configuration section (e.g. <c>JiraConnector</c> in
    /// appsettings.json).</summary>
    /// <param name="section">The section whose children are <c>formatVersion</c> and <c>connectors</c>.</param>
    /// <returns>The document; empty when the section is empty.</returns>
    /// <exception cref="ConfigurationFormatException">A value cannot be converted or the format version is
    /// unknown.</exception>
    public static ConnectorConfigurationDocument FromConfiguration(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var document = new ConnectorConfigurationDocument();
        try
        {
            section.Bind(document);
        }
        catch (InvalidOperationException ex)
        {
            throw new ConfigurationFormatException($"The configuration section cannot be bound: {ex.Message}", ex);
        }

        return CheckVersion(document);
    }

    /// <summary>Makes a deep copy of a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>An independent copy.</returns>
    public static ConnectorConfigurationDocument Clone(ConnectorConfigurationDocument document) =>
        FromJson(ToJson(document));

    private static ConnectorConfigurationDocument CheckVersion(ConnectorConfigurationDocument document)
    {
        if (document.FormatVersion is < 1 or > ConnectorConfigurationDocument.CurrentFormatVersion)
        {
            throw new ConfigurationFormatException(
                $"formatVersion {document.FormatVersion} is not supported; this library reads version " +
                $"{ConnectorConfigurationDocument.CurrentFormatVersion}.");
        }

        return document;
    }
}
