namespace Matrix42.JiraConnector.Testing.Esm;

/// <summary>The shape of attribute codes that EQL's <c>$code$</c> form can name.</summary>
internal static class EsmCodes
{
    public static bool IsValid(string code) =>
        code.Length > 0 && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
