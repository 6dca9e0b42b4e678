namespace Matrix42.JiraConnector.Testing.Esm.Eql;

/// <summary>One token of an EQL condition and where it starts (0-based), for error messages.</summary>
internal readonly record struct EqlToken(EqlTokenKind Kind, string Text, int Position)
{
    public bool IsWord(string keyword) =>
        Kind == EqlTokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
