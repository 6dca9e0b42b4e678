using System.Text;
using System.Text.RegularExpressions;

namespace Matrix42.JiraConnector.Conventions.Tests;

/// <summary>Finds the <c>[LoggerMessage]</c> methods of a C# source file without compiling it.</summary>
internal static partial class LoggerEventSource
{
    private const string Marker = "[LoggerMessage(";

    /// <summary>Every logging method declared in the text, in order.</summary>
    /// <param name="text">The C# source.</param>
    /// <param name="file">The file's name, for locations.</param>
    /// <returns>The events; an attribute whose id or method cannot be read throws, naming the place.</returns>
    public static IReadOnlyList<LoggerEvent> Parse(string text, string file)
    {
        var events = new List<LoggerEvent>();
        for (var start = text.IndexOf(Marker, StringComparison.Ordinal); start >= 0;
             start = text.IndexOf(Marker, start + Marker.Length, StringComparison.Ordinal))
        {
            var line = text.AsSpan(0, start).Count('\n') + 1;
            var location = $"{file}:{line}";
            var (arguments, end) = Arguments(text, start + Marker.Length, location);
            var method = MethodName().Match(text, end);
            if (!method.Success)
            {
                throw new InvalidOperationException($"{location}: no logging method follows the attribute.");
            }

            var id = EventIdOf(arguments.Code)
                     ?? throw new InvalidOperationException($"{location}: the event id cannot be read.");
            var level = LevelName().Match(arguments.Code) is { Success: true } l ? l.Groups[1].Value : null;
            var fields = Placeholder().Matches(arguments.Strings).Select(m => m.Groups[1].Value).Distinct().ToList();
            events.Add(new LoggerEvent(id, method.Groups[1].Value, level, fields, location));
        }

        return events;
    }

    private static int? EventIdOf(string code)
    {
        var named = NamedEventId().Match(code);
        if (named.Success)
        {
            return int.Parse(named.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var positional = PositionalEventId().Match(code);
        return positional.Success
            ? int.Parse(positional.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// Reads the attribute's argument list up to its closing parenthesis, keeping code (string contents blanked)
    /// apart from the text of its string literals, whose parentheses must not count.
    /// </summary>
    private static ((string Code, string Strings) Arguments, int End) Arguments(string text, int from, string location)
    {
        var code = new StringBuilder();
        var strings = new StringBuilder();
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                for (i++; i < text.Length && text[i] != '"'; i++)
                {
                    if (text[i] == '\\')
                    {
                        i++;
                    }

                    strings.Append(text[i]);
                }

                code.Append("\"\"");
                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth-- == 0)
            {
                return ((code.ToString(), strings.ToString()), i + 1);
            }

            code.Append(c);
        }

        throw new InvalidOperationException($"{location}: the attribute is not closed.");
    }

    [GeneratedRegex(@"\G\s*\]\s*(?:\[[^\]]*\]\s*)*(?:[A-Za-z]+\s+)*void\s+(\w+)\s*\(")]
    private static partial Regex MethodName();

    [GeneratedRegex(@"EventId\s*=\s*(\d+)")]
    private static partial Regex NamedEventId();

    [GeneratedRegex(@"^\s*(\d+)\s*(?:,|$)")]
    private static partial Regex PositionalEventId();

    [GeneratedRegex(@"LogLevel\.(\w+)")]
    private static partial Regex LevelName();

    [GeneratedRegex(@"(?<!\{)\{(\w+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
