using System.Reflection;
using System.Xml.Linq;

namespace Matrix42.JiraConnector.Conventions.Tests;

/// <summary>
/// Reflects over every shipped assembly and fails when a public async method or a public type
/// breaks the SDK's conventions.
/// </summary>
public sealed class PublicApiConventionTests
{
    public static TheoryData<string> ShippedAssemblies()
    {
        var data = new TheoryData<string>();
        foreach (var name in ShippedAssemblyNames)
        {
            data.Add(name);
        }

        return data;
    }

    private static readonly string[] ShippedAssemblyNames =
    [
        "Matrix42.JiraConnector",
        "Matrix42.JiraConnector.Jira",
        "Matrix42.JiraConnector.Esm",
        "Matrix42.JiraConnector.Testing",
        "Matrix42.JiraConnector.Hosting",
        "Matrix42.JiraConnector.Sqlite",
    ];

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void PublicAsyncMethods_EndInAsync_AndTakeTrailingCancellationToken(string assemblyName)
    {
        var offenders = new List<string>();
        foreach (var method in PublicMethods(Assembly.Load(assemblyName)))
        {
            if (!IsAsyncReturn(method.ReturnType))
            {
                continue;
            }

            if (!method.Name.EndsWith("Async", StringComparison.Ordinal))
            {
                offenders.Add($"{method.DeclaringType}.{method.Name}: name does not end in Async");
            }

            var parameters = method.GetParameters();
            if (parameters.Length == 0 || parameters[^1].ParameterType != typeof(CancellationToken))
            {
                offenders.Add($"{method.DeclaringType}.{method.Name}: last parameter is not a CancellationToken");
            }
        }

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void PublicTypes_AreDocumented(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var documented = DocumentedMemberIds(assembly);
        var undocumented = assembly.GetExportedTypes()
            .Select(t => "T:" + (t.FullName ?? t.Name).Replace('+', '.'))
            .Where(id => !documented.Contains(id))
            .ToList();

        Assert.True(undocumented.Count == 0, string.Join(Environment.NewLine, undocumented));
    }

    private static IEnumerable<MethodInfo> PublicMethods(Assembly assembly) =>
        assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static |
                                          BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName)
            .Where(m => m.GetBaseDefinition().DeclaringType?.Assembly == assembly)
            .Where(m => !IsFrameworkOverride(m));

    // Overrides of framework contracts (HttpMessageHandler.SendAsync, IAsyncDisposable.DisposeAsync, ...)
    // keep the framework's signature.
    private static bool IsFrameworkOverride(MethodInfo method) =>
        method.Name is "DisposeAsync" or "GetAsyncEnumerator" or "MoveNextAsync" ||
        method.DeclaringType!.GetInterfaces()
            .Where(i => i.Assembly != method.DeclaringType.Assembly)
            .Any(i => i.GetMethods().Any(m => m.Name == method.Name));

    private static bool IsAsyncReturn(Type type)
    {
        if (type == typeof(Task) || type == typeof(ValueTask))
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(Task<>) || definition == typeof(ValueTask<>) ||
               definition == typeof(IAsyncEnumerable<>);
    }

    private static HashSet<string> DocumentedMemberIds(Assembly assembly)
    {
        var xmlPath = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"No XML documentation file next to {assembly.Location}");
        return XDocument.Load(xmlPath)
            .Descendants("member")
            .Select(m => (string?)m.Attribute("name"))
            .Where(n => n is not null)
            .Select(n => n!)
            .ToHashSet(StringComparer.Ordinal);
    }
}
