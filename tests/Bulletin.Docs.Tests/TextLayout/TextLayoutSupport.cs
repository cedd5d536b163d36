using System.Globalization;
using System.Text;
using Bulletin.Docs.Fonts;
using Bulletin.Docs.Layout.LineBreaking;
using Bulletin.Docs.Layout.Text;
using Bulletin.Docs.Tests.Fonts;
using Bulletin.Docs.Tests.Paragraphs;
using Bulletin.Docs.Theme;

namespace Bulletin.Docs.Tests.TextLayout;

/// <summary>Body text as the newspaper theme sets it: Noto Serif SC 10.5 pt, justified, first line indented 2 em.</summary>
internal static class TextLayoutSupport
{
    public const double Size = 10.5;

    public static FontRegistry Fonts => FontTestSupport.Default;

    public static SpanFormat Body { get; } = new(
        new FontSpec("宋体", "Times New Roman", DefaultFonts.SerifFamily), Size, Bold: false, Italic: false, RgbColor.Black);

    public static ParagraphSettings Justified { get; } = new(TextAlignment.Justify, 2 * Size, 0, 1.5 * Size);

    public static TextLayouter NewLayouter() => new(Fonts, LineBreakStrictness.GB);

    public static ParagraphText Plain(string text) => new(text, [new TextSpan(0, text.Length, Body)]);

    /// <summary>The seed page's body paragraphs (full-width marks restored), long ones only.</summary>
    public static IEnumerable<string> SeedBodyParagraphs => SeedText.Paragraphs.Value.Where(p => p.Length >= 40);

    /// <summary>A column <paramref name="characters"/> body characters wide.</summary>
    public static double Column(int characters) => characters * Size;

    /// <summary>One row per line: position, width, metrics, text; then each run's face and glyph x.</summary>
    public static string Dump(LaidOutParagraph paragraph, bool glyphs = false)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        for (int k = 0; k < paragraph.Lines.Count; k++)
        {
            var (x, line) = paragraph.Lines[k];
            sb.Append(inv, $"{k + 1:00} x={x:F2} w={line.Width:F2} a={line.Ascent:F2} d={line.Descent:F2} | {line.Text}\n");
            if (!glyphs)
            {
                continue;
            }

            foreach (var run in line.Runs)
            {
                sb.Append(inv, $"   [{run.Font} {run.SizePt}{(run.SyntheticBold ? " synthetic-bold" : "")}{(run.LinkTarget is null ? "" : " link=" + run.LinkTarget)}]");
                for (int g = 0; g < run.GlyphIds.Length; g++)
                {
                    sb.Append(inv, $" {run.Text[run.Clusters[g]]}{run.X[g]:F2}");
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
    }
}
