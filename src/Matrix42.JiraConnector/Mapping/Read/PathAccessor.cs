using System.Text;
using System.Text.Json;
using Matrix42.JiraConnector.Configuration;
using Matrix42.JiraConnector.Internal;

namespace Matrix42.JiraConnector.Mapping;

/// <summary>
/// A compiled <see cref="JiraFieldPath"/>: property names pre-encoded as UTF-8 so each step is a byte
/// comparison inside the parsed document; no path parsing, string allocation or reflection per evaluation.
/// </summary>
internal sealed class PathAccessor
{
    private readonly byte[]?[] _names;

    public PathAccessor(JiraFieldPath path)
    {
        Path = path;
        _names = path.Segments
            .Select(s => s.Kind == JiraPathSegmentKind.Property ? Encoding.UTF8.GetBytes(s.Name) : null)
            .ToArray();
    }

    public JiraFieldPath Path { get; }

    public PathState Evaluate(JsonElement root, List<PathHit> hits) => Walk(root, 0, hits);

    /// <summary>Continues a <c>fields.X…</c> path from the value of field X, found beforehand.</summary>
    public PathState EvaluateFromField(JsonElement fieldValue, List<PathHit> hits) => Walk(fieldValue, 2, hits);

    private PathState Walk(JsonElement current, int index, List<PathHit> hits)
    {
        if (current.ValueKind == JsonValueKind.Null)
        {
            return PathState.Empty;
        }

        if (index == _names.Length)
        {
            return Collect(current, hits);
        }

        var name = _names[index];
        if (name is null)
        {
            return current.ValueKind == JsonValueKind.Array
                ? WalkEach(current, index + 1, hits)
                : Walk(current, index + 1, hits);
        }

        if (current.ValueKind == JsonValueKind.Object)
        {
            return current.TryGetProperty(name, out var next) ? Walk(next, index + 1, hits) : PathState.NotLoaded;
        }

        // Old Jira versions return sprints as text; its properties can still be read by name.
        if (current.ValueKind == JsonValueKind.String && index == _names.Length - 1 &&
            JsonText.TryGetString(current, out var text) && LegacySprintText.LooksLikeSprint(text))
        {
            if (!LegacySprintText.TryGetProperty(text, Path.Segments[index].Name, out var value))
            {
                return PathState.NotLoaded;
            }

            if (value is null)
            {
                return PathState.Empty;
            }

            hits.Add(new PathHit(current, value));
            return PathState.Found;
        }

        return PathState.Mismatch;
    }

    private PathState WalkEach(JsonElement array, int index, List<PathHit> hits)
    {
        var found = false;
        var misshapen = false;
        foreach (var element in array.EnumerateArray())
        {
            var result = Walk(element, index, hits);
            found |= result == PathState.Found;
            misshapen |= result is PathState.Mismatch or PathState.NotLoaded;
        }

        // Elements that lack the property (e.g. an option object in a sprint field) are skipped; if no element
        // had it, the field holds something else than the path expects.
        return found ? PathState.Found : misshapen ? PathState.Mismatch : PathState.Empty;
    }

    private static PathState Collect(JsonElement value, List<PathHit> hits)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            hits.Add(new PathHit(value, null));
            return PathState.Found;
        }

        // An array at the end of the path maps to several values (labels, multi-selects, sprints).
        var before = hits.Count;
        foreach (var element in value.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Null)
            {
                hits.Add(new PathHit(element, null));
            }
        }

        return hits.Count > before ? PathState.Found : PathState.Empty;
    }
}
