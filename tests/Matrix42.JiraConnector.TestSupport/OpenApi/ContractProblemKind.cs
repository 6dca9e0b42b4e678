namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>What kind of contract breach a <see cref="ContractProblem"/> reports.</summary>
public enum ContractProblemKind
{
    /// <summary>No path template of the spec matches the request path.</summary>
    NoMatchingOperation,

    /// <summary>A path template matches, but the spec defines no operation for that method on it.</summary>
    MethodNotDefined,

    /// <summary>The matched operation is marked <c>deprecated</c> (Jira removes these).</summary>
    DeprecatedOperation,

    /// <summary>The operation requires a request body and none was sent.</summary>
    MissingBody,

    /// <summary>A body was sent where the spec defines none (or a 204 response carried one).</summary>
    UnexpectedBody,

    /// <summary>A body was sent but the spec defines no JSON schema for it.</summary>
    NoJsonContent,

    /// <summary>The response status is neither listed for the operation nor covered by <c>default</c>.</summary>
    UndocumentedStatus,

    /// <summary>The body is not well-formed JSON.</summary>
    InvalidJson,

    /// <summary>
    /// The body does not validate against the schema; see <see cref="ContractProblem.InstanceLocation"/>.
    /// </summary>
    SchemaViolation,

    /// <summary>The request carries a query parameter the operation does not declare.</summary>
    UnknownParameter,

    /// <summary>A required query parameter is missing.</summary>
    MissingParameter,

    /// <summary>A path or query parameter's value does not fit its declared type or enum.</summary>
    InvalidParameter,

    /// <summary>A JSON body travels under a content type other than <c>application/json</c>.</summary>
    WrongContentType,
}
