using System.Globalization;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Checks the codes and ids that end up in request paths and EQL.</summary>
internal static class EsmCodes
{
    // Template and attribute codes are customer-defined; letters, digits and '_' cover camelCase and
    // snake_case. Anything else could change a URL path or an EQL condition, so it is refused.
    public static string RequireCode(string? code, string kind, string parameterName)
    {
        if (string.IsNullOrEmpty(code))
        {
            throw new ArgumentException($"The {kind} code must not be empty.", parameterName);
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                throw new ArgumentException(
                    $"The {kind} code '{code}' contains '{c}'; only ASCII letters, digits and '_' are allowed.",
                    parameterName);
            }
        }

        return code;
    }

    public static string RequireAttributeCode(string? code, string parameterName) =>
        RequireCode(code, "attribute", parameterName);

    public static string RequireTemplateCode(string? code, string parameterName) =>
        RequireCode(code, "template", parameterName);

    public static string RequireDataCardId(string? dataCardId, string parameterName)
    {
        if (!TryParseId(dataCardId, out _))
        {
            throw new ArgumentException(
                $"'{dataCardId}' is not a data card id (a positive whole number).", parameterName);
        }

        return dataCardId!;
    }

    public static bool TryParseId(string? dataCardId, out long id) =>
        long.TryParse(dataCardId, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}
