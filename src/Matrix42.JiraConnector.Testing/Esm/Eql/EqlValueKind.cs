namespace Matrix42.JiraConnector.Testing.Esm.Eql;

/// <summary>What an operand's values are compared as.</summary>
internal enum EqlValueKind
{
    /// <summary>Ordinal text comparison; <c>LIKE</c> allowed.</summary>
    Text,

    /// <summary>Decimal comparison.</summary>
    Number,

    /// <summary>Instant comparison; dates count as midnight UTC.</summary>
    Instant,

    /// <summary>A 0/1 flag; only <c>=</c> and <c>&lt;&gt;</c>.</summary>
    Flag,

    /// <summary>Only <c>IS NULL</c> / <c>IS NOT NULL</c> (worklogs, external references).</summary>
    PresenceOnly,
}
