using Bulletin.Docs.Layout;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Bulletin.Docs.Benchmarks;

/// <summary>
/// PDFsharp 6.2.4 drawing the text of our laid-out pages: each glyph run's text at the run's start
/// (line x + first glyph x, the line's baseline), in the same font file at the same size, embedded as
/// a subset (PDFsharp's default for TrueType outlines) with Unicode encoding, content streams
/// compressed as ours are. PDFsharp maps text through the font's cmap and places glyphs by their
/// advances, so it does not carry our justification, compression or letter spacing: it does less
/// work per line than our writer, which makes it a floor to compare with, not a twin.
/// </summary>
internal static class PdfSharpPages
{
    private static readonly XPdfFontOptions Embedded = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    /// <summary>Installs the resolver that serves our font files (PDFsharp holds it globally; call once per process).</summary>
    public static void UseOurFonts()
    {
        if (GlobalFontSettings.FontResolver is null)
        {
            GlobalFontSettings.FontResolver = new OurFontResolver();
        }
    }

    /// <summary>Writes every text run of <paramref name="layout"/> with PDFsharp; returns the bytes written.</summary>
    public static long Write(LaidOutDocument layout, Stream output)
    {
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = true;
        var fonts = new Dictionary<(string Family, bool Bold, float Size), XFont>();
        foreach (var laidOut in layout.Pages)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(laidOut.WidthPt);
            page.Height = XUnit.FromPoint(laidOut.HeightPt);
            using var graphics = XGraphics.FromPdfPage(page);
            foreach (var element in laidOut.Elements)
            {
                if (element is not TextLineElement line)
                {
                    continue;
                }

                foreach (var run in line.Line.Runs)
                {
                    if (run.GlyphIds.Length == 0)
                    {
                        continue;
                    }

                    var key = (run.Font.Family, run.Font.Weight >= 600, run.SizePt);
                    if (!fonts.TryGetValue(key, out var font))
                    {
                        font = new XFont(key.Family, key.SizePt, key.Item2 ? XFontStyleEx.Bold : XFontStyleEx.Regular, Embedded);
                        fonts.Add(key, font);
                    }

                    graphics.DrawString(run.Text, font, XBrushes.Black, line.X + run.X[0], line.Baseline);
                }
            }
        }

        var start = output.CanSeek ? output.Position : 0;
        document.Save(output, closeStream: false);
        return output.CanSeek ? output.Position - start : 0;
    }

    /// <summary>Serves the four Noto SC files embedded in Bulletin.Docs.Fonts, the bytes our own writer subsets.</summary>
    private sealed class OurFontResolver : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => familyName switch
        {
            Fonts.DefaultFonts.SerifFamily => new FontResolverInfo(bold ? "NotoSerifSC_700Bold" : "NotoSerifSC_400Regular"),
            Fonts.DefaultFonts.SansFamily => new FontResolverInfo(bold ? "NotoSansSC_700Bold" : "NotoSansSC_400Regular"),
            Fonts.DefaultFonts.KaiFamily => new FontResolverInfo("LXGWWenKai-Regular"),
            _ => null,
        };

        public byte[]? GetFont(string faceName)
        {
            using var stream = typeof(Fonts.DefaultFonts).Assembly.GetManifestResourceStream($"Bulletin.Docs.Fonts.{faceName}.ttf");
            if (stream is null)
            {
                return null;
            }

            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
