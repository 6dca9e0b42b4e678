namespace Matrix42.JiraConnector.Testing.Esm.Eql;

/// <summary>The kinds of token in an EQL condition.</summary>
internal enum EqlTokenKind
{
    /// <summary><c>$code$</c>: an attribute by code.</summary>
    Attribute,

    /// <summary>A bare word: a keyword (<c>AND</c>, <c>IS</c>, …) or a property such as <c>entity.id</c>.</summary>
    Word,

    /// <summary>A single-quoted literal, without its quotes.</summary>
    Text,

    /// <summary>An unquoted number.</summary>
    Number,

    /// <summary>A comparison operator.</summary>
    Operator,

    OpenParen,
    CloseParen,
    End,
}
