using System.Text;

namespace Matrix42.JiraConnector.Esm;

/// <summary>Conditions joined by AND or OR.</summary>
internal sealed class EqlJunction : EsmFilter
{
    public const string AndKeyword = "AND";
    public const string OrKeyword = "OR";

    public EqlJunction(string keyword, IReadOnlyList<EsmFilter> parts)
    {
        Keyword = keyword;
        Parts = parts;
    }

    public string Keyword { get; }

    public IReadOnlyList<EsmFilter> Parts { get; }

    internal override void Render(StringBuilder text, EqlLiteralFormat format)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ').Append(Keyword).Append(' ');
            }

            // A nested junction always has the other keyword (same ones are flattened), so it needs
            // parentheses to keep its meaning.
            var nested = Parts[i] is EqlJunction;
            text.Append(nested ? "(" : string.Empty);
            Parts[i].Render(text, format);
            text.Append(nested ? ")" : string.Empty);
        }
    }

    internal override void CollectCodes(ISet<string> codes)
    {
        foreach (var part in Parts)
        {
            part.CollectCodes(codes);
        }
    }
}
