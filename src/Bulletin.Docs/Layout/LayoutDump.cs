using System.Globalization;
using System.Text;

namespace Bulletin.Docs.Layout;

/// <summary>
/// A readable text dump of a <see cref="LaidOutDocument"/> for snapshot tests: one block per page,
/// then every element in painting order with positions in points rounded to 0.01, then the column
/// feet left white over a body line (<see cref="LaidOutDocument.WhiteFeet"/>) with their cause.
/// </summary>
internal static class LayoutDump
{
    /// <summary>The dump, lines separated by '\n'.</summary>
    public static string Write(LaidOutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            text.Append(Invariant($"page {page.Number} {N(page.WidthPt)}x{N(page.HeightPt)}")).Append('\n');
            foreach (var element in page.Elements)
            {
                text.Append("  ").Append(Describe(element)).Append('\n');
            }

            foreach (var foot in document.WhiteFeet.Where(foot => foot.Page == page.Number))
            {
                text.Append(Invariant($"  [white foot: column {foot.Column}, {N(foot.WhitePt)} pt ({foot.WhiteLines:0.#} lines): {foot.Note}]")).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Describe(PageElement element) => element switch
    {
        TextLineElement line => Invariant($"text {N(line.X)},{N(line.Baseline)} w{N(line.Line.Width)} \"{line.Line.Text}\"{(line.Line.IsWide ? " [wide: no better breaks]" : "")}"),
        RuleElement rule => Invariant($"rule {N(rule.X1)},{N(rule.Y1)}-{N(rule.X2)},{N(rule.Y2)} {N(rule.ThicknessPt)}pt #{rule.Color.Hex}"),
        BoxElement box => Invariant($"box {N(box.X)},{N(box.Y)} {N(box.Width)}x{N(box.Height)} {N(box.StrokePt)}pt {(box.Stroke is { } s ? "#" + s.Hex : "-")} fill {(box.Fill is { } f ? "#" + f.Hex : "-")}"),
        ImageElement image => Invariant($"image {N(image.X)},{N(image.Y)} {N(image.Width)}x{N(image.Height)} \"{image.AltText}\""),
        LinkElement link => Invariant($"link {N(link.X)},{N(link.Y)} {N(link.Width)}x{N(link.Height)} -> {link.Target}"),
        AnchorElement anchor => Invariant($"anchor {anchor.Name} {N(anchor.X)},{N(anchor.Y)}"),
        _ => element.GetType().Name,
    };

    private static string N(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
