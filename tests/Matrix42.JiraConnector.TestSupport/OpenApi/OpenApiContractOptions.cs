namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>
/// Corrections applied to a spec before it is used, for places where the real service is known to differ
/// from its published schema. Each correction should name its evidence where it is added.
/// </summary>
public sealed class OpenApiContractOptions
{
    /// <summary>
    /// Properties of component schemas that may also be <c>null</c>, written <c>Schema.property</c>
    /// (e.g. <c>ChangeDetails.from</c>). An entry naming no existing property makes loading fail.
    /// </summary>
    /// <value>Empty by default.</value>
    public ISet<string> NullableProperties { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The corrections <see cref="OpenApiContract.Jira"/> uses: nulls that Jira Cloud sends where the spec
    /// declares a plain string.
    /// </summary>
    /// <returns>A new options instance the caller may extend.</returns>
    public static OpenApiContractOptions ForJiraCloud()
    {
        var options = new OpenApiContractOptions();

        // The last page of /search/jql may carry "nextPageToken": null (real-world case C07).
        options.NullableProperties.Add("SearchAndReconcileResults.nextPageToken");

        // Changelog items hold null when a field was empty before or after; the spec's own examples show it.
        foreach (var property in new[] { "from", "fromString", "to", "toString" })
        {
            options.NullableProperties.Add("ChangeDetails." + property);
        }

        return options;
    }
}
