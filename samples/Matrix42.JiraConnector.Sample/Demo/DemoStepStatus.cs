namespace Matrix42.JiraConnector.Sample.Demo;

/// <summary>How a demo step ended.</summary>
internal enum DemoStepStatus
{
    /// <summary>The step ran and did what it shows.</summary>
    Completed,

    /// <summary>The SDK piece the step needs is not in this build; nothing was pretended.</summary>
    NotAvailable,

    /// <summary>The step ran and something went wrong.</summary>
    Failed,
}
