using System.Text.RegularExpressions;

namespace Matrix42.JiraConnector.TestSupport.OpenApi;

/// <summary>A parsed OpenAPI path template, matched segment by segment against decoded request paths.</summary>
internal sealed partial class PathTemplate
{
    private readonly Segment[] segments;

    public PathTemplate(string text)
    {
        Text = text;
        segments = [.. SplitSegments(text).Select(Segment.Parse)];
    }

    /// <summary>The names of parameters that fill a whole segment, by segment index.</summary>
    public IEnumerable<(int Index, string Name)> WholeSegmentParameters =>
        segments.Select((segment, index) => (index, segment.ParameterName))
            .Where(p => p.ParameterName is not null)
            .Select(p => (p.index, p.ParameterName!));

    /// <summary>The template as written in the spec.</summary>
    public string Text { get; }

    /// <summary>The number of path segments.</summary>
    public int SegmentCount => segments.Length;

    /// <summary>Splits a raw path into segments without decoding them.</summary>
    public static string[] SplitSegments(string path) => path.TrimStart('/').Split('/');

    /// <summary>Whether every decoded segment fits the template.</summary>
    public bool Matches(IReadOnlyList<string> decodedSegments)
    {
        if (decodedSegments.Count != segments.Length)
        {
            return false;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].Matches(decodedSegments[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Orders templates that match the same path: the first segment where one is literal and the other is not
    /// decides, so <c>/issue/bulkfetch</c> wins over <c>/issue/{issueIdOrKey}</c>.
    /// </summary>
    public int CompareSpecificity(PathTemplate other)
    {
        for (var i = 0; i < Math.Min(segments.Length, other.segments.Length); i++)
        {
            var difference = other.segments[i].Rank - segments[i].Rank;
            if (difference != 0)
            {
                return difference;
            }
        }

        return 0;
    }

    private sealed class Segment
    {
        private readonly string? literal;
        private readonly Regex? pattern;

        private Segment(string? literal, Regex? pattern, int rank, string? parameterName = null)
        {
            this.literal = literal;
            this.pattern = pattern;
            Rank = rank;
            ParameterName = parameterName;
        }

        /// <summary>The parameter's name when the segment is exactly one parameter.</summary>
        public string? ParameterName { get; }

        /// <summary>0 for a literal, 1 for a partly templated segment, 2 for a bare parameter.</summary>
        public int Rank { get; }

        public static Segment Parse(string text)
        {
            if (!text.Contains('{', StringComparison.Ordinal))
            {
                return new Segment(text, null, 0);
            }

            var whole = ParameterPattern().Match(text);
            if (whole.Success && whole.Length == text.Length)
            {
                return new Segment(null, null, 2, whole.Groups[1].Value);
            }

            var regex = "^" + string.Concat(ParameterPattern().Split(text).Select((part, index) =>
                index % 2 == 0 ? Regex.Escape(part) : ".+")) + "$";
            return new Segment(null, new Regex(regex, RegexOptions.CultureInvariant), 1);
        }

        public bool Matches(string value) => Rank switch
        {
            0 => string.Equals(literal, value, StringComparison.Ordinal),
            1 => pattern!.IsMatch(value),
            _ => value.Length > 0,
        };
    }

    [GeneratedRegex(@"\{([^}]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}
